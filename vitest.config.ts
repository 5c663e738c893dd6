import { defineConfig } from 'vitest/config';

const workspaces = ['dictionary', 'rules', 'processes', 'api', 'worker', 'web'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [...workspaces.map((workspace) => `${workspace}/**/__tests__/**/*.test.ts`), 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.integration.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: workspaces.map((workspace) => `${workspace}/**/*.integration.test.ts`),
          exclude: ['**/node_modules/**'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          // One engine serves every file; files run one after another so their workers don't
          // take each other's tasks.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
