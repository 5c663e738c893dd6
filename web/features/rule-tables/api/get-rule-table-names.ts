import type { ApiResult } from '../../../shared/api/api-client';
import type { Caller } from './caller';
import { getRuleTableVersion } from './get-rule-table-version';
import type { Label, RuleTableSummary } from './rule-table.shape';

/** The name of each table as the list shows it: from its latest published version, else its draft. */
export async function getRuleTableNames(caller: Caller, tables: readonly RuleTableSummary[]): Promise<ReadonlyMap<string, Label>> {
  const named = await Promise.all(
    tables.map(async (table): Promise<[string, ApiResult<{ content: { name: Label } }>]> => [table.key, await getRuleTableVersion(caller, table.key, table.latestVersion ?? 'draft')]),
  );
  return new Map(named.flatMap(([key, result]) => (result.outcome === 'ok' ? [[key, result.data.content.name]] : [])));
}
