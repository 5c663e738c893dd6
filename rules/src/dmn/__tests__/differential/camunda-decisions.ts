import type { ColumnType } from '../../../rule-table/rule-table-document.types.js';
import type { FactValue } from './boundary-facts.js';

/** A typed process variable as the engine's REST API takes it. */
export interface EngineVariable {
  value: unknown;
  type: 'String' | 'Boolean' | 'Integer' | 'Long' | 'Double' | 'Date' | 'Null';
}

export type EngineAnswer =
  | { ok: true; results: Array<Record<string, { type: string | null; value: unknown }>> }
  | { ok: false; status: number; message: string };

/** Deploys every file in one deployment (`POST /deployment/create`, multipart). */
export async function deployResources(engineUrl: string, name: string, files: Array<{ name: string; content: string }>): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', name);
  form.append('deployment-source', 'lotflow-dmn-differential');
  files.forEach((file, index) => form.append(`resource-${index}`, new Blob([file.content], { type: 'application/xml' }), file.name));
  const response = await fetch(`${engineUrl}/deployment/create`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`Deploying ${files.map((file) => file.name).join(', ')} failed: ${response.status} ${await response.text()}`);
}

/** `POST /decision-definition/key/{key}/evaluate`; a failed evaluation is an answer too. */
export async function evaluateDecision(engineUrl: string, key: string, variables: Record<string, EngineVariable>): Promise<EngineAnswer> {
  const response = await fetch(`${engineUrl}/decision-definition/key/${encodeURIComponent(key)}/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables }),
  });
  const text = await response.text();
  if (!response.ok) return { ok: false, status: response.status, message: text };
  return { ok: true, results: JSON.parse(text) };
}

/** A fact as a typed variable; undefined leaves it out (the engine reads a missing variable as null). */
export function toEngineVariable(type: ColumnType, fact: FactValue): EngineVariable | undefined {
  if (fact.missing) return fact.explicitNull ? { value: null, type: 'Null' } : undefined;
  const { value } = fact;
  if (value instanceof Date) return { value: formatEngineDate(value), type: 'Date' };
  switch (type) {
    case 'string':
      return { value, type: 'String' };
    case 'boolean':
      return { value, type: 'Boolean' };
    case 'integer':
      return { value, type: Math.abs(value as number) < 2 ** 31 ? 'Integer' : 'Long' };
    default:
      return { value, type: 'Double' };
  }
}

/** The engine's date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ: `2026-01-31T08:00:00.000+0000`. */
export function formatEngineDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
