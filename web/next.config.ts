import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The record form checks records in the browser with the dictionary's own compiler and validator;
  // the designer lints with the same rules as the api. Both ship as TypeScript.
  transpilePackages: ['@lotflow/dictionary', '@lotflow/processes'],
  turbopack: {
    rules: {
      '*.ts': {
        condition: { path: /(^|\/)dictionary\/src\// },
        loaders: [fileURLToPath(new URL('./build/relative-ts-imports.loader.cjs', import.meta.url))],
      },
    },
  },
  experimental: {
    // The designer saves whole BPMN documents through server actions; 1 MB (the default) is tight.
    serverActions: { bodySizeLimit: '5mb' },
  },
};

export default nextConfig;
