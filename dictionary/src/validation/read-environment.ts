import { createValidator, type ValidationIssue } from './create-validator.js';

export class EnvironmentError extends Error {
  constructor(
    readonly service: string,
    readonly issues: ValidationIssue[],
  ) {
    super(
      `The ${service}'s configuration is invalid:\n${issues
        .map((issue) => `  - ${issue.pointer.slice(1) || 'environment'} ${issue.message}`)
        .join('\n')}`,
    );
  }
}

interface EnvironmentSchema {
  properties: Record<string, object>;
}

/**
 * Returns a reader for a service's environment variables: strings coerced to the declared
 * types, defaults filled, and every bad variable reported at once in an EnvironmentError.
 */
export function createEnvironmentReader<T>(service: string, schema: EnvironmentSchema): (environment: NodeJS.ProcessEnv) => T {
  const validate = createValidator<T>(schema, { coerce: true });
  const names = Object.keys(schema.properties);
  return (environment) => {
    // Empty strings count as unset, as shells and compose files often leave them.
    const values = Object.fromEntries(
      names.filter((name) => environment[name] !== undefined && environment[name] !== '').map((name) => [name, environment[name]]),
    );
    const result = validate(values);
    if (!result.ok) throw new EnvironmentError(service, result.issues);
    return result.value;
  };
}

/** For a service's entry point: its configuration, or every problem on stderr and exit code 1. */
export function readEnvironmentOrExit<T>(read: (environment: NodeJS.ProcessEnv) => T, environment: NodeJS.ProcessEnv = process.env): T {
  try {
    return read(environment);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
