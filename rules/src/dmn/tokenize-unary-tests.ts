/**
 * The two cell languages differ only in their tokens: FEEL strings know `\n`, `\t`, `\uXXXX`…
 * and FEEL numbers have no exponent, while a Lotflow cell reads `\x` as x and accepts `1e-3`.
 * `@"…"` (a DMN 1.3 temporal literal) is FEEL only.
 */
export type CellDialect = 'feel' | 'lotflow';

export interface Token {
  kind: 'string' | 'temporal' | 'number' | 'word' | 'symbol';
  /** The token as written. */
  text: string;
  /** string and temporal: the decoded text between the quotes. */
  value?: string;
  start: number;
  end: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; reason: string };

const numberPatterns: Record<CellDialect, RegExp> = {
  feel: /^-?(?:\d+(?:\.\d+)?|\.\d+)/,
  lotflow: /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/,
};
const wordPattern = /^[A-Za-z_][A-Za-z0-9_]*/;
const twoCharacterSymbols = new Set(['..', '<=', '>=', '!=', '**']);
const feelEscapes: Record<string, string> = { '"': '"', '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t' };

export function tokenizeUnaryTests(text: string, dialect: CellDialect): TokenizeResult {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position]!;
    if (/\s/.test(character)) {
      position += 1;
      continue;
    }
    const rest = text.slice(position);
    const start = position;
    if (character === '"' || (character === '@' && rest[1] === '"' && dialect === 'feel')) {
      const quote = character === '"' ? position : position + 1;
      const read = readString(text, quote, dialect);
      if ('reason' in read) return { ok: false, reason: read.reason };
      position = read.end;
      tokens.push({ kind: character === '@' ? 'temporal' : 'string', text: text.slice(start, position), value: read.value, start, end: position });
      continue;
    }
    const number = numberPatterns[dialect].exec(rest)?.[0];
    if (number !== undefined && !/^[A-Za-z_]/.test(rest.slice(number.length))) {
      position += number.length;
      tokens.push({ kind: 'number', text: number, start, end: position });
      continue;
    }
    const word = wordPattern.exec(rest)?.[0];
    if (word !== undefined) {
      position += word.length;
      tokens.push({ kind: 'word', text: word, start, end: position });
      continue;
    }
    const symbol = twoCharacterSymbols.has(rest.slice(0, 2)) ? rest.slice(0, 2) : character;
    position += symbol.length;
    tokens.push({ kind: 'symbol', text: symbol, start, end: position });
  }
  return { ok: true, tokens };
}

function readString(text: string, quote: number, dialect: CellDialect): { value: string; end: number } | { reason: string } {
  let value = '';
  for (let index = quote + 1; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '"') return { value, end: index + 1 };
    if (character !== '\\') {
      value += character;
      continue;
    }
    const escaped = text[index + 1];
    if (escaped === undefined) break;
    if (dialect === 'lotflow') {
      value += escaped;
      index += 1;
      continue;
    }
    const unicode = escaped === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(index + 2)) : escaped === 'U' ? /^[0-9a-fA-F]{6}/.exec(text.slice(index + 2)) : null;
    if (unicode) {
      value += String.fromCodePoint(Number.parseInt(unicode[0], 16));
      index += 1 + unicode[0].length;
      continue;
    }
    const decoded = feelEscapes[escaped];
    if (decoded === undefined) return { reason: `\\${escaped} is not a FEEL string escape` };
    value += decoded;
    index += 1;
  }
  return { reason: 'a string has no closing double quote' };
}
