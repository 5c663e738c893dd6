import type { CellExpression, UnaryTest } from '../src/rule-table/cell-expression.types.js';
import type { RuleTable } from '../src/rule-table/rule-table.types.js';

/**
 * The same decision as a GoRules JDM graph (request → decision table → response) for
 * @gorules/zen-engine. Cells are translated from their parsed form, not their text, because zen's
 * unary tests are their own language: "]a..b[" there means outside the range (Lotflow's open
 * ends become ( and )), and not(…) is not a unary test. Only what the benchmark table uses is
 * translated; anything else throws rather than being guessed.
 */
export function toZenDecision(table: RuleTable): object {
  if (table.hitPolicy !== 'FIRST' && table.hitPolicy !== 'RULE ORDER') throw new Error(`zen decision tables have first and collect; ${table.hitPolicy} is not translated`);
  const inputs = table.inputs.map((input, index) => ({ id: `input-${index}`, name: input.label.en, field: input.expression }));
  const outputs = table.outputs.map((output, index) => ({ id: `output-${index}`, name: output.label.en, field: output.name }));
  const rules = table.rows.map((row) => ({
    _id: row.id,
    ...Object.fromEntries(row.parsedCells.map((cell, index) => [inputs[index]!.id, toZenUnaryTest(cell)])),
    ...Object.fromEntries(table.outputs.map((output, index) => [outputs[index]!.id, JSON.stringify(row.outputs[output.name])])),
  }));
  return {
    contentType: 'application/vnd.gorules.decision',
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
      { id: 'table', type: 'decisionTableNode', name: table.key, position: { x: 300, y: 0 }, content: { hitPolicy: table.hitPolicy === 'FIRST' ? 'first' : 'collect', inputs, outputs, rules } },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'request-table', sourceId: 'request', targetId: 'table', type: 'edge' },
      { id: 'table-response', sourceId: 'table', targetId: 'response', type: 'edge' },
    ],
  };
}

/** A zen unary test: empty for any value, tests joined by commas (any may hold). */
export function toZenUnaryTest(cell: CellExpression): string {
  if (cell.kind === 'any') return '';
  if (cell.kind === 'not') throw new Error('not(…) has no zen unary test; write it as an expression ($ != …) if a table needs it');
  return cell.tests.map(toZenTest).join(', ');
}

function toZenTest(test: UnaryTest): string {
  switch (test.kind) {
    case 'null':
      return 'null';
    case 'equal':
      if (typeof test.value === 'string' && /["\\]/.test(test.value)) throw new Error(`text with quotes or backslashes is not translated: ${test.value}`);
      return JSON.stringify(test.value);
    case 'interval': {
      const { low, high } = test;
      if (typeof low?.value === 'string' || typeof high?.value === 'string') throw new Error('date ranges are not translated');
      if (low && high) return `${low.inclusive ? '[' : '('}${low.value}..${high.value}${high.inclusive ? ']' : ')'}`;
      if (low) return `${low.inclusive ? '>=' : '>'} ${low.value}`;
      if (high) return `${high.inclusive ? '<=' : '<'} ${high.value}`;
      return '';
    }
    case 'relative-days':
      throw new Error('within N days, before today and after today are not translated');
  }
}
