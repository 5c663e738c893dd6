# syntax=docker/dockerfile:1
# The Node services of Lotflow, one target each (the engine has its own image: engine/Dockerfile).
#   docker build --target api    -t lotflow-api .
#   docker build --target worker -t lotflow-worker .
#   docker build --target web    -t lotflow-web .
# api and worker run their TypeScript with tsx, as in development: there is no compile step, and
# the workspaces import each other's src/index.ts. web is compiled by `next build`.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- installs -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS install
# better-sqlite3 compiles itself with node-gyp when no prebuilt binary fits the platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false
# The manifests alone, so that a change to the sources does not run the installs again.
COPY package.json package-lock.json ./
COPY dictionary/package.json dictionary/
COPY rules/package.json rules/
COPY processes/package.json processes/
COPY api/package.json api/
COPY worker/package.json worker/
COPY web/package.json web/

# Everything, development tools included: what `next build` needs.
FROM install AS dependencies
RUN --mount=type=cache,target=/root/.npm npm ci

# api and worker: their dependencies and the root's, which hold tsx (a devDependency, so the root's
# dev tools come along); next and react stay out.
FROM install AS server-dependencies
RUN --mount=type=cache,target=/root/.npm \
    npm ci --workspace api --workspace worker --include-workspace-root

# web: what `next start` needs, nothing else.
FROM install AS web-dependencies
RUN --mount=type=cache,target=/root/.npm \
    npm ci --workspace web --omit=dev

# ---- web build ----------------------------------------------------------------------------------
FROM dependencies AS web-build
ENV NEXT_TELEMETRY_DISABLED=1
COPY tsconfig*.json ./
COPY web web
RUN npm run build --workspace web \
 && rm -rf web/.next/cache

# ---- runtimes -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app

# api and worker share one image layout: the worker will use the api's domain code.
FROM runtime AS server
# Device history records and certificates of conformance are PDFs with Chinese text: a CJK font.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*
ENV PDF_FONT_PATH=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular
# All of /app, not only node_modules: npm nests a package inside a workspace's own node_modules
# when two workspaces need different versions of it.
COPY --from=server-dependencies /app ./
COPY tsconfig*.json ./
COPY dictionary dictionary
COPY rules rules
COPY processes processes
COPY api api
COPY worker worker
# The api's embedded SQLite default lives in /app/data; give it a volume when you use it.
RUN mkdir data && chown node:node data
USER node

FROM server AS api
ENV API_HOST=0.0.0.0 \
    API_PORT=3001
EXPOSE 3001
# Live, not ready: /health also needs the engine, and an engine restart must not mark the api unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 3001) + '/health/live').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
# One process, no tsx launcher in between, so SIGTERM reaches the api's own shutdown handler.
CMD ["node", "--import", "tsx", "api/src/main.ts"]

FROM server AS worker
CMD ["node", "--import", "tsx", "worker/src/main.ts"]

FROM runtime AS web
ENV NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
COPY --from=web-dependencies /app ./
COPY tsconfig*.json ./
COPY web web
# next start may write caches under .next; the sources stay read-only.
COPY --from=web-build --chown=node:node /app/web/.next web/.next
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/').then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "node_modules/next/dist/bin/next", "start", "web"]
