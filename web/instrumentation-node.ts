import { readApiBaseUrl } from './shared/api/read-api-base-url';

/**
 * A malformed API_URL stops the server at start-up with a message saying what to set, instead of
 * a server that reports ready and then fails every request.
 */
export function checkEnvironmentAtStartUp(): void {
  try {
    readApiBaseUrl();
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
