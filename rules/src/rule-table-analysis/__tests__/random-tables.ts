import fc from 'fast-check';
import { formatDay, parseDateToDay } from '../../rule-table/date-value.util.js';
import type { ColumnType, HitPolicy, Scalar } from '../../rule-table/rule-table-document.types.js';
import type { TableSpec } from '../../rule-table/__tests__/table-builder.js';

/** An input a random table may have: its type, the literals its cells use, how a cell writes one. */
interface ColumnKind {
  id: string;
  type: ColumnType;
  enum?: Scalar[];
  literals: Scalar[];
}

export const columnKinds: ColumnKind[] = [
  { id: 'status', type: 'string', enum: ['approved', 'conditional', 'blocked'], literals: ['approved', 'conditional', 'blocked'] },
  { id: 'material', type: 'string', literals: ['pvc', 'silicone'] },
  { id: 'sterile', type: 'boolean', literals: [true, false] },
  { id: 'diameter', type: 'number', literals: [0.145, 0.15, 0.155, 0.2] },
  { id: 'quantity', type: 'integer', literals: [0, 1, 2, 5] },
  { id: 'expiry', type: 'date', literals: ['2026-01-01', '2026-01-02', '2026-01-05'] },
];

function writeLiteral(kind: ColumnKind, value: Scalar): string {
  if (kind.type === 'string') return JSON.stringify(value);
  if (kind.type === 'date') return `date("${String(value)}")`;
  return String(value);
}

/** One S-FEEL test: a literal, and for ordered inputs comparisons and ranges with any ends. */
function testArbitrary(kind: ColumnKind): fc.Arbitrary<string> {
  const literal = fc.constantFrom(...kind.literals).map((value) => writeLiteral(kind, value));
  if (kind.type === 'string' || kind.type === 'boolean') return literal;
  const comparison = fc.tuple(fc.constantFrom('<', '<=', '>', '>='), literal).map(([operator, value]) => `${operator} ${value}`);
  const range = fc
    .tuple(fc.uniqueArray(fc.integer({ min: 0, max: kind.literals.length - 1 }), { minLength: 2, maxLength: 2 }), fc.constantFrom('[', ']', '('), fc.constantFrom(']', '[', ')'))
    .map(([indexes, opening, closing]) => {
      const [low, high] = [...indexes].sort((a, b) => a - b).map((index) => writeLiteral(kind, kind.literals[index]!));
      return `${opening}${low}..${high}${closing}`;
    });
  return fc.oneof(literal, comparison, range);
}

function cellArbitrary(kind: ColumnKind): fc.Arbitrary<string> {
  const test = testArbitrary(kind);
  return fc.oneof(
    { arbitrary: fc.constant('-'), weight: 4 },
    { arbitrary: test, weight: 4 },
    { arbitrary: fc.tuple(test, test).map(([a, b]) => `${a}, ${b}`), weight: 2 },
    { arbitrary: test.map((a) => `not(${a})`), weight: 1 },
    { arbitrary: fc.tuple(test, test).map(([a, b]) => `not(${a}, ${b})`), weight: 1 },
    { arbitrary: fc.constantFrom('null', 'not(null)'), weight: 1 },
    { arbitrary: test.map((a) => `${a}, null`), weight: 1 },
  );
}

export interface RandomTableOptions {
  maxInputs: number;
  maxRows: number;
  hitPolicy: HitPolicy;
}

/** A table over some of the column kinds, every row setting `row` to its own id and a random `priority`. */
export function tableArbitrary({ maxInputs, maxRows, hitPolicy }: RandomTableOptions): fc.Arbitrary<{ spec: TableSpec; kinds: ColumnKind[] }> {
  return fc
    .shuffledSubarray(columnKinds, { minLength: 1, maxLength: maxInputs })
    .chain((kinds) =>
      fc.array(fc.tuple(fc.constantFrom('high', 'medium', 'low'), ...kinds.map(cellArbitrary)), { minLength: 1, maxLength: maxRows }).map((rows) => ({
        kinds,
        spec: {
          hitPolicy,
          inputs: kinds.map(({ id, type, enum: values }) => ({ id, type, ...(values ? { enum: values } : {}) })),
          outputs: [
            { name: 'row', type: 'string' as const },
            { name: 'priority', type: 'string' as const, enum: ['high', 'medium', 'low'] },
          ],
          rows: rows.map(([priority, ...cells], index) => ({ id: `r${index + 1}`, cells, outputs: { row: `r${index + 1}`, priority } })),
        },
      })),
    );
}

/**
 * Values of an input that land in every region its literals cut its values into: each literal,
 * between and beyond them, another string, and missing (undefined). Evaluating a table on every
 * combination therefore sees everything the table can do.
 */
export function gridValues(kind: ColumnKind): Array<Scalar | undefined> {
  switch (kind.type) {
    case 'string':
      return [...kind.literals, ...(kind.enum ? [] : ['another value']), undefined];
    case 'boolean':
      return [true, false, undefined];
    case 'number': {
      const values = [...(kind.literals as number[])].sort((a, b) => a - b);
      const between = values.slice(1).map((value, index) => (value + values[index]!) / 2);
      return [values[0]! - 1, ...values, ...between, values[values.length - 1]! + 1, undefined];
    }
    case 'integer':
      return [...new Set((kind.literals as number[]).flatMap((value) => [value - 1, value, value + 1])), undefined];
    case 'date':
      return [
        ...new Set((kind.literals as string[]).flatMap((value) => [-1, 0, 1].map((offset) => formatDay(parseDateToDay(value)! + offset)))),
        undefined,
      ];
    default:
      throw new Error(`no grid for ${kind.type}`);
  }
}

/** Every combination of the inputs' grid values, as facts (missing values left out). */
export function gridFacts(kinds: ColumnKind[]): Array<Record<string, Scalar>> {
  return kinds.reduce<Array<Record<string, Scalar>>>(
    (combinations, kind) =>
      combinations.flatMap((facts) => gridValues(kind).map((value) => (value === undefined ? facts : { ...facts, [kind.id]: value }))),
    [{}],
  );
}
