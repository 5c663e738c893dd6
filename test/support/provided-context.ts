// What test/global-setup.ts hands to the integration tests through vitest's `inject`.
declare module 'vitest' {
  export interface ProvidedContext {
    engineUrl: string;
    apiDatabaseUrl: string;
    databaseKind: 'embedded' | 'mysql';
  }
}

export {};
