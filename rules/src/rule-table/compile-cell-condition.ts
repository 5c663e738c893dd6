import type { CellExpression, UnaryTest } from './cell-expression.types.js';
import { cellOperator, dateWindowFact, type CellOperator } from './register-cell-operators.js';
import type { RuleTableInput } from './rule-table-document.types.js';

export interface FactCondition {
  fact: string;
  /** The rest of a dotted expression, resolved by the engine's path resolver. */
  path?: string;
  operator: CellOperator;
  value: unknown;
}

/** A json-rules-engine condition; its leaves all read the cell's input. */
export type CellCondition = FactCondition | { any: CellCondition[] } | { all: CellCondition[] } | { not: CellCondition };

/** A cell as a json-rules-engine condition; undefined for `-`, which constrains nothing. */
export function compileCellCondition(cell: CellExpression, input: RuleTableInput): CellCondition | undefined {
  const [fact, ...path] = input.expression.split('.') as [string, ...string[]];
  const leaf = (operator: CellOperator, value: unknown): FactCondition =>
    path.length > 0 ? { fact, path: path.join('.'), operator, value } : { fact, operator, value };

  const compileTest = (test: UnaryTest): CellCondition => {
    switch (test.kind) {
      case 'null':
        return leaf(cellOperator.isNull, true);
      case 'equal':
        return leaf(cellOperator.equals, { type: input.type, value: test.value });
      case 'interval':
        return leaf(cellOperator.inInterval, { type: input.type, low: test.low, high: test.high });
      case 'relative-days':
        return leaf(cellOperator.inDateWindow, {
          fact: dateWindowFact,
          params: { type: input.type, fromDays: test.fromDays, toDays: test.toDays },
        });
    }
  };
  const anyOf = (tests: UnaryTest[]): CellCondition => (tests.length === 1 ? compileTest(tests[0]!) : { any: tests.map(compileTest) });

  switch (cell.kind) {
    case 'any':
      return undefined;
    case 'tests':
      return anyOf(cell.tests);
    case 'not':
      if (cell.tests.length === 1 && cell.tests[0]!.kind === 'null') return leaf(cellOperator.isNotNull, true);
      // A missing value is unknown, and not(unknown) is unknown: the cell does not hold.
      return { all: [leaf(cellOperator.isNotNull, true), { not: anyOf(cell.tests) }] };
  }
}
