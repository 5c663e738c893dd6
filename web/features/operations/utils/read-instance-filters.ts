export const INSTANCE_PAGE_SIZE = 20;

export interface InstanceFilters {
  readonly processKey?: string;
  readonly businessKey?: string;
  readonly offset: number;
  readonly limit: number;
}

type SearchParameters = Readonly<Record<string, string | readonly string[] | undefined>>;

function first(value: string | readonly string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value) as string | undefined;
  return text?.trim() || undefined;
}

/**
 * The instance filters from the page's query string. A value the api would refuse is dropped
 * (and so is the offset it came with) rather than turned into an error page.
 */
export function readInstanceFilters(parameters: SearchParameters): InstanceFilters {
  const processKey = first(parameters['processKey']);
  const businessKey = first(parameters['businessKey']);
  const offset = Number(first(parameters['offset']) ?? 0);
  return {
    ...(processKey !== undefined && /^[A-Za-z_][A-Za-z0-9_.-]{0,254}$/.test(processKey) ? { processKey } : {}),
    ...(businessKey !== undefined && businessKey.length <= 255 && !/[%_\\]/.test(businessKey) ? { businessKey } : {}),
    offset: Number.isSafeInteger(offset) && offset >= 0 ? offset : 0,
    limit: INSTANCE_PAGE_SIZE,
  };
}
