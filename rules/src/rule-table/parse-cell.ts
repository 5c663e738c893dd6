import type { CellExpression, IntervalEnd, UnaryTest } from './cell-expression.types.js';
import { columnTypes, toOrdinal, type ColumnTypeDefinition, type LiteralKind } from './column-type.definitions.js';
import { parseDateTimeToInstant, parseDateToDay } from './date-value.util.js';
import type { RuleTableInput, Scalar } from './rule-table-document.types.js';

/** What a cell needs to know about its input column. */
export type CellColumn = Pick<RuleTableInput, 'id' | 'type' | 'enum'>;

export type CellParseResult = { ok: true; cell: CellExpression } | { ok: false; message: string };

/**
 * Parses a cell's S-FEEL unary tests, typed by its column. The message of a failure quotes the
 * cell and says how to mend it: `"[0.145..0.155" — a range needs a closing ] or [ or )`.
 */
export function parseCell(text: string, column: CellColumn): CellParseResult {
  try {
    return { ok: true, cell: new CellParser(text, column).parse() };
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    return { ok: false, message: `${quoteCell(text)} — ${error.message}` };
  }
}

class CellProblem extends Error {}

interface Literal {
  kind: LiteralKind;
  value: Scalar;
  text: string;
}

const kindNames: Record<LiteralKind, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'a boolean',
  date: 'a date',
  'date-time': 'a date and time',
};
const numberPattern = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/;
const wordPattern = /^[A-Za-z_][A-Za-z0-9_]*/;

class CellParser {
  private position = 0;
  private readonly definition: ColumnTypeDefinition;

  constructor(
    private readonly text: string,
    private readonly column: CellColumn,
  ) {
    this.definition = columnTypes[column.type];
  }

  parse(): CellExpression {
    if (this.text.trim() === '') this.fail('an empty cell is not allowed; write - to match any value');
    if (this.text.trim() === '-') return { kind: 'any' };
    this.skipSpace();
    if (/^not\s*\(/.test(this.rest())) {
      this.position = this.text.indexOf('(', this.position) + 1;
      this.skipSpace();
      if (this.peek() === ')') this.fail('not() needs at least one test inside, e.g. not("fail")');
      const tests = this.parseTests();
      this.skipSpace();
      if (this.peek() !== ')') this.fail(this.atEnd() ? 'not( needs a closing )' : this.unexpected());
      this.position += 1;
      this.expectEnd();
      return { kind: 'not', tests };
    }
    const tests = this.parseTests();
    this.expectEnd();
    return { kind: 'tests', tests };
  }

  private parseTests(): UnaryTest[] {
    const tests = [this.parseTest()];
    for (this.skipSpace(); this.peek() === ','; this.skipSpace()) {
      this.position += 1;
      tests.push(this.parseTest());
    }
    return tests;
  }

  private parseTest(): UnaryTest {
    this.skipSpace();
    const next = this.peek();
    if (next === undefined) this.fail('a test is missing at the end of the cell');
    if (next === '<' || next === '>') return this.parseComparison();
    if (next === '[' || next === ']' || next === '(') return this.parseRange();
    if (next === '-' && !numberPattern.test(this.rest())) this.fail('- (any value) must stand alone in its cell');
    if (next === '=' || next === '!') this.fail('write the value alone (no = or !=); negate with not(…)');
    const word = wordPattern.exec(this.rest())?.[0];
    if (word === 'null') {
      this.position += word.length;
      return { kind: 'null' };
    }
    if (word === 'within' || word === 'before' || word === 'after') return this.parseRelativeDays(word);
    if (word === 'not') this.fail('not(…) must wrap the whole cell, e.g. not("a", "b")');
    const literal = this.parseLiteral();
    this.checkEnum(literal);
    return { kind: 'equal', value: literal.value };
  }

  private parseComparison(): UnaryTest {
    const operator = this.rest().startsWith('<=') || this.rest().startsWith('>=') ? this.rest().slice(0, 2) : this.rest().slice(0, 1);
    this.requireOrdered(operator);
    this.position += operator.length;
    const end: IntervalEnd = { value: this.orderedValue(this.parseLiteral()), inclusive: operator.endsWith('=') };
    return operator.startsWith('<') ? { kind: 'interval', low: null, high: end } : { kind: 'interval', low: end, high: null };
  }

  private parseRange(): UnaryTest {
    this.requireOrdered('a range');
    const opening = this.text[this.position];
    this.position += 1;
    const low = this.parseLiteral();
    this.skipSpace();
    if (!this.rest().startsWith('..')) {
      this.fail(this.peek() === ',' ? 'a range separates its ends with .., e.g. [1..5]' : 'a range needs .. between its ends, e.g. [1..5]');
    }
    this.position += 2;
    const high = this.parseLiteral();
    this.skipSpace();
    const closing = this.peek();
    if (closing !== ']' && closing !== '[' && closing !== ')') this.fail('a range needs a closing ] or [ or )');
    this.position += 1;
    const interval = {
      kind: 'interval' as const,
      low: { value: this.orderedValue(low), inclusive: opening === '[' },
      high: { value: this.orderedValue(high), inclusive: closing === ']' },
    };
    const [from, to] = [toOrdinal(this.column.type, low.value)!, toOrdinal(this.column.type, high.value)!];
    if (from > to) this.fail(`the range is empty: ${low.text} is after ${high.text}`);
    if (from === to && !(interval.low.inclusive && interval.high.inclusive)) this.fail('the range is empty: an open end excludes its only value');
    return interval;
  }

  private parseRelativeDays(word: 'within' | 'before' | 'after'): UnaryTest {
    if (this.definition.literalKind !== 'date' && this.definition.literalKind !== 'date-time') {
      this.fail(`${word === 'within' ? 'within N days' : `${word} today`} needs a date or date-time column; ${this.column.id} is ${this.column.type}`);
    }
    this.position += word.length;
    if (word !== 'within') {
      const match = /^\s+today\b/.exec(this.rest());
      if (!match) this.fail(`write ${word} today`);
      this.position += match[0].length;
      return word === 'before' ? { kind: 'relative-days', fromDays: null, toDays: -1 } : { kind: 'relative-days', fromDays: 1, toDays: null };
    }
    const match = /^\s+(\d+)\s+days?\b/.exec(this.rest());
    if (!match) this.fail('within needs a whole number of days, e.g. within 30 days');
    this.position += match[0].length;
    return { kind: 'relative-days', fromDays: 0, toDays: Number(match[1]) };
  }

  /** A literal of the column's type, or a problem naming both types. */
  private parseLiteral(): Literal {
    const literal = this.readLiteral();
    if (literal.kind !== this.definition.literalKind) {
      this.fail(`${literal.text} is ${kindNames[literal.kind]}, but ${this.column.id} is ${describeColumnType(this.column.type)}; write ${this.definition.howToWrite}`);
    }
    const problem = this.definition.checkLiteral?.(literal.value);
    if (problem) this.fail(`${problem}; ${this.column.id} is ${describeColumnType(this.column.type)}`);
    return literal;
  }

  private readLiteral(): Literal {
    this.skipSpace();
    const start = this.position;
    const rest = this.rest();
    if (rest.startsWith('"')) return { kind: 'string', value: this.readString(), text: this.text.slice(start, this.position) };
    const number = numberPattern.exec(rest)?.[0];
    if (number !== undefined) {
      this.position += number.length;
      return { kind: 'number', value: Number(number), text: number };
    }
    const dateCall = /^(date and time|date)\s*\(\s*/.exec(rest);
    if (dateCall) return this.readDate(dateCall[1] === 'date' ? 'date' : 'date-time', dateCall[0].length, start);
    const word = wordPattern.exec(rest)?.[0];
    if (word === 'true' || word === 'false') {
      this.position += word.length;
      return { kind: 'boolean', value: word === 'true', text: word };
    }
    if (word !== undefined && this.definition.literalKind === 'string') this.fail(`text must be in double quotes: "${word}"`);
    if (word !== undefined) this.fail(`${word} is not a value; write ${this.definition.howToWrite}`);
    this.fail(rest === '' ? `a value is missing at the end; write ${this.definition.howToWrite}` : this.unexpected());
  }

  private readString(): string {
    let value = '';
    for (let index = this.position + 1; index < this.text.length; index += 1) {
      const character = this.text[index]!;
      if (character === '"') {
        this.position = index + 1;
        return value;
      }
      if (character === '\\' && index + 1 < this.text.length) index += 1;
      value += this.text[index];
    }
    this.fail('text needs a closing double quote');
  }

  private readDate(kind: 'date' | 'date-time', callLength: number, start: number): Literal {
    const example = kind === 'date' ? 'date("2026-01-31")' : 'date and time("2026-01-31T08:00:00Z")';
    this.position += callLength;
    if (this.peek() !== '"') this.fail(`write ${example}`);
    const value = this.readString();
    this.skipSpace();
    if (this.peek() !== ')') this.fail(`${kind === 'date' ? 'date(' : 'date and time('} needs a closing )`);
    this.position += 1;
    const valid = kind === 'date' ? parseDateToDay(value) !== undefined : parseDateTimeToInstant(value) !== undefined;
    if (!valid) this.fail(`"${value}" is not a ${kind === 'date' ? 'calendar date' : 'date and time'}; write ${example}`);
    return { kind, value, text: this.text.slice(start, this.position) };
  }

  private checkEnum(literal: Literal): void {
    const allowed = this.column.enum;
    if (allowed && !allowed.includes(literal.value)) {
      this.fail(`${literal.text} is not one of ${this.column.id}'s values: ${allowed.map((value) => JSON.stringify(value)).join(', ')}`);
    }
  }

  private requireOrdered(what: string): void {
    if (!this.definition.ordered) this.fail(`${what} needs a number, integer, date or date-time column; ${this.column.id} is ${this.column.type}`);
  }

  /** Ordered types write numbers, or dates as their ISO text. */
  private orderedValue(literal: Literal): number | string {
    if (typeof literal.value === 'boolean') throw new Error(`${this.column.type} is an ordered type with boolean literals`);
    return literal.value;
  }

  private expectEnd(): void {
    this.skipSpace();
    if (!this.atEnd()) this.fail(this.unexpected());
  }

  private unexpected(): string {
    return `unexpected "${this.rest()}"; separate tests with a comma`;
  }

  private skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]!)) this.position += 1;
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private rest(): string {
    return this.text.slice(this.position);
  }

  private atEnd(): boolean {
    return this.position >= this.text.length;
  }

  private fail(message: string): never {
    throw new CellProblem(message);
  }
}

function describeColumnType(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} column`;
}

function quoteCell(text: string): string {
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}
