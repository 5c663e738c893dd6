import { toOrdinal } from './column-type.definitions.js';
import { RuleTableHitPolicyViolation } from './rule-table.errors.js';
import type { Aggregation, HitPolicy, RuleTableOutput, Scalar } from './rule-table-document.types.js';
import type { RuleTable } from './rule-table.types.js';
import type { OutputValues, TableDecision } from './table-decision.types.js';

interface Hit {
  rowId: string;
  outputs: OutputValues;
}

type HitPolicyHandler = (table: RuleTable, hits: Hit[]) => TableDecision;

/**
 * Turns the rows that matched (indexes in table order) into the table's decision, with DMN 1.3
 * semantics. Throws RuleTableHitPolicyViolation when UNIQUE matched several rows or ANY matched
 * rows that disagree.
 */
export function applyHitPolicy(table: RuleTable, matchedRowIndexes: readonly number[]): TableDecision {
  const hits = [...matchedRowIndexes]
    .sort((a, b) => a - b)
    .map((index) => ({ rowId: table.rows[index]!.id, outputs: { ...table.rows[index]!.outputs } }));
  return hitPolicies[table.hitPolicy](table, hits);
}

const hitPolicies: Record<HitPolicy, HitPolicyHandler> = {
  UNIQUE: (table, hits) => {
    if (hits.length > 1) {
      violate(table, hits, `rows ${listRows(hits)} all matched; a UNIQUE table lets at most one row match`);
    }
    return single(table, hits);
  },
  FIRST: single,
  PRIORITY: (table, hits) => single(table, byOutputPriority(table.outputs, hits)),
  ANY: (table, hits) => {
    const disagreeing = hits.find((hit) => differingOutput(table.outputs, hits[0]!, hit) !== undefined);
    if (disagreeing) {
      const first = hits[0]!;
      const output = differingOutput(table.outputs, first, disagreeing)!;
      violate(
        table,
        hits,
        `rows ${listRows(hits)} matched, but '${first.rowId}' sets ${output} to ${JSON.stringify(first.outputs[output])} and '${disagreeing.rowId}' to ${JSON.stringify(disagreeing.outputs[output])}; an ANY table lets several rows match only when their outputs agree`,
      );
    }
    return single(table, hits);
  },
  COLLECT: (table, hits) => (table.aggregation ? aggregated(table, table.aggregation, hits) : multiple(table, hits)),
  'RULE ORDER': (table, hits) => multiple(table, hits),
  'OUTPUT ORDER': (table, hits) => multiple(table, byOutputPriority(table.outputs, hits)),
};

function base(table: RuleTable, hits: Hit[]) {
  return {
    tableKey: table.key,
    tableVersion: table.version,
    hitPolicy: table.hitPolicy,
    matchedRowIds: hits.map((hit) => hit.rowId),
  };
}

function single(table: RuleTable, hits: Hit[]): TableDecision {
  const chosen = hits[0];
  if (!chosen) return { ...base(table, hits), kind: 'single', matched: false };
  return { ...base(table, hits), kind: 'single', matched: true, rowId: chosen.rowId, outputs: chosen.outputs };
}

function multiple(table: RuleTable, hits: Hit[]): TableDecision {
  return { ...base(table, hits), kind: 'multiple', matched: hits.length > 0, outputs: hits.map((hit) => hit.outputs) };
}

const aggregations: Record<Aggregation, (values: Scalar[], output: RuleTableOutput) => Scalar | null> = {
  SUM: (values) => (values.length === 0 ? null : values.reduce<number>((sum, value) => sum + (value as number), 0)),
  MIN: (values, output) => extreme(values, output, -1),
  MAX: (values, output) => extreme(values, output, 1),
  COUNT: (values) => values.length,
};

function aggregated(table: RuleTable, aggregation: Aggregation, hits: Hit[]): TableDecision {
  // parseRuleTable guarantees a single output of a type the aggregation can handle.
  const output = table.outputs[0]!;
  const values = hits.map((hit) => hit.outputs[output.name]!);
  return {
    ...base(table, hits),
    kind: 'aggregated',
    matched: hits.length > 0,
    aggregation,
    outputName: output.name,
    outputs: aggregations[aggregation](values, output),
  };
}

/** The smallest (direction -1) or largest (1) value; dates keep their ISO text. */
function extreme(values: Scalar[], output: RuleTableOutput, direction: 1 | -1): Scalar | null {
  let best: { value: Scalar; ordinal: number } | null = null;
  for (const value of values) {
    const ordinal = toOrdinal(output.type, value)!;
    if (best === null || (ordinal - best.ordinal) * direction > 0) best = { value, ordinal };
  }
  return best?.value ?? null;
}

/**
 * DMN output priority: compare output by output, left to right, by the position of the value in
 * the output's enum (first = highest). Outputs without an enum do not rank. Ties keep table order.
 */
function byOutputPriority(outputs: RuleTableOutput[], hits: Hit[]): Hit[] {
  const ranked = outputs.filter((output) => output.enum);
  const rank = (output: RuleTableOutput, hit: Hit) => output.enum!.indexOf(hit.outputs[output.name]!);
  return [...hits].sort((a, b) => {
    for (const output of ranked) {
      const difference = rank(output, a) - rank(output, b);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}

function differingOutput(outputs: RuleTableOutput[], a: Hit, b: Hit): string | undefined {
  return outputs.find((output) => a.outputs[output.name] !== b.outputs[output.name])?.name;
}

function listRows(hits: Hit[]): string {
  return hits.map((hit) => `'${hit.rowId}'`).join(', ');
}

function violate(table: RuleTable, hits: Hit[], reason: string): never {
  throw new RuleTableHitPolicyViolation(table.key, table.version, table.hitPolicy, hits.map((hit) => hit.rowId), reason);
}
