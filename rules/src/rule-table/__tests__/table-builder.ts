import { parseRuleTable } from '../parse-rule-table.js';
import type { ColumnType, HitPolicy, RuleTableDocument, Scalar } from '../rule-table-document.types.js';
import type { RuleTable } from '../rule-table.types.js';

interface ColumnSpec {
  type: ColumnType;
  enum?: Scalar[];
}

export interface TableSpec {
  key?: string;
  hitPolicy: HitPolicy;
  aggregation?: RuleTableDocument['aggregation'];
  inputs: Array<ColumnSpec & { id: string; expression?: string }>;
  outputs: Array<ColumnSpec & { name: string }>;
  rows: Array<{ id: string; cells: string[]; outputs: Record<string, Scalar> }>;
}

/** A rule table document from the parts a test cares about; labels are filled in. */
export function tableDocument(spec: TableSpec): RuleTableDocument {
  const label = (text: string) => ({ en: text, 'zh-CN': text });
  return {
    key: spec.key ?? 'test-table',
    name: label('Test table'),
    hitPolicy: spec.hitPolicy,
    ...(spec.aggregation ? { aggregation: spec.aggregation } : {}),
    inputs: spec.inputs.map(({ id, expression, ...column }) => ({ id, label: label(id), expression: expression ?? id, ...column })),
    outputs: spec.outputs.map(({ name, ...column }) => ({ name, label: label(name), ...column })),
    rows: spec.rows,
  };
}

export function buildTable(spec: TableSpec): RuleTable {
  return parseRuleTable(tableDocument(spec), `'${spec.key ?? 'test-table'}'`);
}
