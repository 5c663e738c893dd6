import type { LiteralKind } from '../rule-table/column-type.definitions.js';
import type { Scalar } from '../rule-table/rule-table-document.types.js';
import { quoteString } from './format-feel-literal.js';
import { tokenizeUnaryTests, type Token } from './tokenize-unary-tests.js';

export interface SfeelLiteral {
  kind: LiteralKind;
  value: Scalar;
  /** The literal in a Lotflow cell's spelling. */
  lotflowText: string;
}

export type SfeelTest =
  | { kind: 'null' }
  | { kind: 'literal'; literal: SfeelLiteral }
  | { kind: 'comparison'; operator: string; literal: SfeelLiteral }
  | { kind: 'interval'; low: SfeelLiteral; high: SfeelLiteral };

export type SfeelUnaryTests = { kind: 'any' } | { kind: 'tests' | 'not'; tests: SfeelTest[] };

export type ReadSfeelResult =
  | {
      ok: true;
      unaryTests: SfeelUnaryTests;
      literals: SfeelLiteral[];
      lotflowText: string;
      /** not(…, null) was read as not(…): the null is gone from `unaryTests` and `lotflowText`. */
      droppedNull: boolean;
    }
  | { ok: false; reason?: string };

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Reads DMN S-FEEL unary tests (an input entry, or a list of literals) and spells them as a
 * Lotflow cell. The two languages share their syntax; what differs is rewritten: FEEL string
 * escapes, `@"…"` literals, and the `null` the exporter adds to `not(…)` (Lotflow's not(…)
 * already excludes a missing value). Anything else, from function calls to variables as
 * endpoints, is refused with the reason when there is a clear one.
 */
export function readSfeelUnaryTests(text: string): ReadSfeelResult {
  const tokenized = tokenizeUnaryTests(text, 'feel');
  if (!tokenized.ok) return { ok: false, reason: tokenized.reason };
  try {
    return new SfeelReader(text, tokenized.tokens).read();
  } catch (error) {
    if (error instanceof NotSfeel) return { ok: false, ...(error.reason ? { reason: error.reason } : {}) };
    throw error;
  }
}

class NotSfeel extends Error {
  constructor(readonly reason?: string) {
    super(reason ?? 'not S-FEEL');
  }
}

const comparisonOperators = new Set(['<', '<=', '>', '>=']);
const lotflowWords = new Set(['within', 'before', 'after', 'today']);

class SfeelReader {
  private index = 0;
  private readonly edits: Edit[] = [];
  private readonly literals: SfeelLiteral[] = [];
  private droppedNull = false;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  read(): ReadSfeelResult {
    if (this.tokens.length === 0) return this.result({ kind: 'any' }, '-');
    if (this.tokens.length === 1 && this.tokens[0]!.text === '-') return this.result({ kind: 'any' }, this.text.trim());
    if (this.peek()?.text === 'not' && this.tokens[1]?.text === '(') {
      this.index = 2;
      const tests = this.readTests();
      if (this.peek()?.text !== ')') this.fail();
      this.index += 1;
      this.expectEnd();
      this.dropAddedNull(tests);
      return this.result({ kind: 'not', tests: tests.map((test) => test.test) });
    }
    const tests = this.readTests();
    this.expectEnd();
    return this.result({ kind: 'tests', tests: tests.map((test) => test.test) });
  }

  private result(unaryTests: SfeelUnaryTests, lotflowText?: string): ReadSfeelResult {
    let spelled = this.text;
    for (const edit of [...this.edits].sort((a, b) => b.start - a.start)) {
      spelled = spelled.slice(0, edit.start) + edit.text + spelled.slice(edit.end);
    }
    return { ok: true, unaryTests, literals: this.literals, lotflowText: lotflowText ?? spelled.trim(), droppedNull: this.droppedNull };
  }

  /** `not(x, null)` is how the exporter says Lotflow's not(x): the trailing null goes again. */
  private dropAddedNull(tests: Array<{ test: SfeelTest; start: number; end: number }>): void {
    const last = tests[tests.length - 1]!;
    if (tests.length < 2 || last.test.kind !== 'null') return;
    tests.pop();
    this.droppedNull = true;
    this.edits.push({ start: tests[tests.length - 1]!.end, end: last.end, text: '' });
  }

  private readTests(): Array<{ test: SfeelTest; start: number; end: number }> {
    const tests = [this.readTest()];
    while (this.peek()?.text === ',') {
      this.index += 1;
      tests.push(this.readTest());
    }
    return tests;
  }

  private readTest(): { test: SfeelTest; start: number; end: number } {
    const first = this.peek();
    if (!first) this.fail();
    const start = first.start;
    let test: SfeelTest;
    if (comparisonOperators.has(first.text)) {
      this.index += 1;
      test = { kind: 'comparison', operator: first.text, literal: this.readLiteral() };
    } else if (first.text === '[' || first.text === ']' || first.text === '(') {
      this.index += 1;
      const low = this.readLiteral();
      if (this.peek()?.text !== '..') this.fail();
      this.index += 1;
      const high = this.readLiteral();
      const closing = this.peek()?.text;
      if (closing !== ']' && closing !== '[' && closing !== ')') this.fail();
      this.index += 1;
      test = { kind: 'interval', low, high };
    } else if (first.kind === 'word' && first.text === 'null') {
      this.index += 1;
      test = { kind: 'null' };
    } else {
      test = { kind: 'literal', literal: this.readLiteral() };
    }
    return { test, start, end: this.tokens[this.index - 1]!.end };
  }

  private readLiteral(): SfeelLiteral {
    const token = this.peek();
    if (!token) this.fail();
    const literal = this.literalAt(token);
    this.literals.push(literal);
    return literal;
  }

  private literalAt(token: Token): SfeelLiteral {
    switch (token.kind) {
      case 'string': {
        this.index += 1;
        return { kind: 'string', value: token.value!, lotflowText: this.spellString(token) };
      }
      case 'number':
        this.index += 1;
        return { kind: 'number', value: Number(token.text), lotflowText: token.text };
      case 'temporal':
        return this.readTemporal(token);
      case 'word':
        if (token.text === 'true' || token.text === 'false') {
          this.index += 1;
          return { kind: 'boolean', value: token.text === 'true', lotflowText: token.text };
        }
        return this.readCall(token);
      case 'symbol':
        if (token.text === '?') this.fail('? stands for the input in full FEEL expressions, which are not S-FEEL');
        if (token.text === '=' || token.text === '!=') this.fail(`${token.text} is not an S-FEEL unary test; write the value alone, or not(value)`);
        this.fail();
    }
  }

  /** `date("…")`, `date and time("…")`; any other name is a variable or a function. */
  private readCall(token: Token): SfeelLiteral {
    const words: string[] = [];
    let index = this.index;
    while (this.tokens[index]?.kind === 'word') words.push(this.tokens[index++]!.text);
    const name = words.join(' ');
    if (this.tokens[index]?.text !== '(') {
      if (lotflowWords.has(words[0]!)) this.fail("within N days, before today and after today are Lotflow's own, not FEEL");
      this.fail(`it compares with ${name}, a name: Lotflow cells compare with literals only`);
    }
    if (name !== 'date' && name !== 'date and time') {
      if (name === 'not') this.fail('not(…) must wrap the whole cell');
      if (name === 'time' || name === 'duration') this.fail('Lotflow has no time or duration type');
      this.fail(`it calls the FEEL function ${name}()`);
    }
    const argument = this.tokens[index + 1];
    if (argument?.kind !== 'string' || this.tokens[index + 2]?.text !== ')') this.fail(`write ${name}("…") with one string`);
    this.index = index + 3;
    const kind = name === 'date' ? 'date' : 'date-time';
    const spelledArgument = this.spellString(argument);
    return { kind, value: argument.value!, lotflowText: `${name}(${spelledArgument})` };
  }

  /** `@"2026-01-31"` is a date, `@"2026-01-31T08:00:00"` a date and time; Lotflow writes them as calls. */
  private readTemporal(token: Token): SfeelLiteral {
    const value = token.value!;
    const kind = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'date' : /^\d{4}-\d{2}-\d{2}T/.test(value) ? 'date-time' : undefined;
    if (!kind) this.fail('Lotflow has no time or duration type');
    this.index += 1;
    const lotflowText = `${kind === 'date' ? 'date' : 'date and time'}(${quoteString(value)})`;
    this.edits.push({ start: token.start, end: token.end, text: lotflowText });
    return { kind, value, lotflowText };
  }

  /** A Lotflow cell reads `\n` as n: a string with FEEL-only escapes is written out plainly. */
  private spellString(token: Token): string {
    const plain = quoteString(token.value!);
    if (plain !== token.text) this.edits.push({ start: token.start, end: token.end, text: plain });
    return plain;
  }

  private expectEnd(): void {
    if (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      if (token.kind === 'word' && this.tokens[this.index + 1]?.text === '(') this.fail(`it calls the FEEL function ${token.text}()`);
      this.fail();
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private fail(reason?: string): never {
    throw new NotSfeel(reason);
  }
}
