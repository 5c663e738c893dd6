import type { CellExpression } from '../rule-table/cell-expression.types.js';
import { formatFeelDateTime, formatFeelNumber, quoteString } from './format-feel-literal.js';
import { tokenizeUnaryTests } from './tokenize-unary-tests.js';

export type WriteCellResult = { ok: true; text: string } | { ok: false; message: string };

type BooleanInput = true | false | null;

/**
 * The S-FEEL spelling of each set of boolean inputs (`null`: missing) a cell can match, with
 * `true` only ever alone: inside a list or not(…), Camunda 7's FEEL engine (feel-scala 1.19)
 * takes `true` as a test that always holds (camunda/feel-scala#954), so `not(true)` never
 * matches and `true, null` always does. Keys list the set as `true,false,null` in that order.
 */
const booleanCells: Record<string, string> = {
  '': 'not(true, false, null)',
  true: 'true',
  false: 'false',
  null: 'null',
  'true,false': 'not(null)',
  'true,null': 'not(false)',
  'false,null': 'false, null',
  'true,false,null': '-',
};

/** A boolean cell by the inputs it matches, in the spelling Camunda 7 evaluates as S-FEEL says. */
export function writeBooleanCell(cell: CellExpression): string {
  const inputs: BooleanInput[] = [true, false, null];
  return booleanCells[inputs.filter((input) => matchesBoolean(cell, input)).map(String).join(',')]!;
}

function matchesBoolean(cell: CellExpression, input: BooleanInput): boolean {
  if (cell.kind === 'any') return true;
  const holds = cell.tests.some((test) => (test.kind === 'null' ? input === null : test.kind === 'equal' && input !== null && test.value === input));
  return cell.kind === 'tests' ? holds : input !== null && !holds;
}

/**
 * A Lotflow cell as DMN S-FEEL unary tests with the same meaning, keeping the cell's own
 * spelling wherever S-FEEL reads it alike. Rewritten: numbers with an exponent (plain decimals),
 * strings whose escapes FEEL reads otherwise, date-times (see formatFeelDateTime), and not(…),
 * which gets `, null`: DMN's not("a") holds for a missing value, Lotflow's never does.
 * `within N days`, `before today`, `after today` are refused: S-FEEL cannot say "today", and
 * FEEL's today() would use the engine's clock and time zone, not the evaluation's.
 */
export function writeSfeelCell(text: string, cell: CellExpression, dateTimesAsUtcLocal: boolean): WriteCellResult {
  if (cell.kind === 'any') return { ok: true, text: '-' };
  if (cell.tests.some((test) => test.kind === 'relative-days')) {
    return {
      ok: false,
      message: `${quoteCell(text)} has no S-FEEL equivalent: S-FEEL cannot say "today" (write fixed dates, e.g. < date("2026-01-31"), or keep the table in Lotflow)`,
    };
  }
  const tokenized = tokenizeUnaryTests(text, 'lotflow');
  // parseCell accepted the text, so it tokenizes.
  if (!tokenized.ok) throw new Error(`Cell ${text} was parsed but does not tokenize: ${tokenized.reason}`);
  const { tokens } = tokenized;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  tokens.forEach((token, index) => {
    let spelled = token.text;
    if (token.kind === 'number') spelled = formatFeelNumber(token.text);
    if (token.kind === 'string') {
      const isDateTime = tokens[index - 1]?.text === '(' && tokens[index - 2]?.text === 'time' && tokens[index - 3]?.text === 'and';
      spelled = quoteString(isDateTime ? formatFeelDateTime(token.value!, dateTimesAsUtcLocal) : token.value!);
    }
    if (spelled !== token.text) edits.push({ start: token.start, end: token.end, text: spelled });
  });
  if (cell.kind === 'not' && !cell.tests.some((test) => test.kind === 'null')) {
    // The last token is not's closing parenthesis; the null goes right after the last test.
    const lastTest = tokens[tokens.length - 2]!;
    edits.push({ start: lastTest.end, end: lastTest.end, text: ', null' });
  }
  let written = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) written = written.slice(0, edit.start) + edit.text + written.slice(edit.end);
  return { ok: true, text: written.trim() };
}

export function quoteCell(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}
