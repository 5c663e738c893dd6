import type { Express } from 'express';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { artifactKinds, createApp } from '../../app.js';
import { loadConfig } from '../../config/load-config.js';
import { createOpenApiDocument } from '../openapi-document.js';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every METHOD /path the Express app answers, with :params written as {params}. */
function registeredRoutes(app: Express): string[] {
  const routes: string[] = [];
  const visit = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
      } else if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return routes.sort();
}

describe('the OpenAPI description', () => {
  it('describes exactly the routes the api serves', () => {
    // The routes are only registered, never called: no database or engine is needed.
    const { app } = createApp(loadConfig({}), {} as DataSource, pino({ level: 'silent' }));
    const document = createOpenApiDocument('0.1.0', artifactKinds) as { paths: Record<string, Record<string, unknown>> };
    const described = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();

    expect(described).toEqual(registeredRoutes(app));
  });

  it('is OpenAPI 3.1 with the JSON Schema 2020-12 dialect and every operation summarised', () => {
    const document = createOpenApiDocument('0.1.0', artifactKinds) as { openapi: string; jsonSchemaDialect: string; paths: Record<string, Record<string, { summary?: string }>> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) expect(operation.summary, `${method} ${path}`).toBeTruthy();
    }
  });
});
