import fc from 'fast-check';
import { formatNumberValue, quoteString } from '../format-feel-literal.js';
import { formatDay } from '../../rule-table/date-value.util.js';
import type { Aggregation, ColumnType, HitPolicy, RuleTableDocument, RuleTableInput, RuleTableOutput, Scalar } from '../../rule-table/rule-table-document.types.js';

/**
 * Valid rule table documents for property tests. Cells are spelled the way the exporter keeps
 * them (no exponents, no escapes FEEL reads otherwise, FEEL's date-time form), so that a dmn-1.3
 * round trip must give back the same text. `messy: true` spells them every way a Lotflow cell
 * may be written instead.
 */
export function ruleTableDocument(options: { messy?: boolean; types?: ColumnType[] } = {}): fc.Arbitrary<RuleTableDocument> {
  const types = options.types ?? allTypes;
  return fc
    .record({
      key: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
      name: label,
      description: fc.option(label, { nil: undefined }),
      inputs: fc.uniqueArray(columnName, { minLength: 1, maxLength: 4 }).chain((names) =>
        fc.tuple(...names.map((name) => inputColumn(name, types))),
      ),
      outputs: fc.uniqueArray(columnName, { minLength: 1, maxLength: 3 }).chain((names) =>
        fc.tuple(...names.map((name) => outputColumn(name, types))),
      ),
      hitPolicy: fc.constantFrom<HitPolicy>('UNIQUE', 'FIRST', 'PRIORITY', 'ANY', 'COLLECT', 'RULE ORDER', 'OUTPUT ORDER'),
      aggregation: fc.option(fc.constantFrom<Aggregation>('SUM', 'MIN', 'MAX', 'COUNT'), { nil: undefined }),
    })
    .map((parts) => fitHitPolicy(parts))
    .chain((parts) =>
      fc
        .uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 6 })
        .chain((rowIds) => fc.tuple(...rowIds.map((id) => row(id, parts.inputs, parts.outputs, options.messy ?? false))))
        .map((rows) => ({
          key: parts.key,
          name: parts.name,
          ...(parts.description ? { description: parts.description } : {}),
          hitPolicy: parts.hitPolicy,
          ...(parts.aggregation ? { aggregation: parts.aggregation } : {}),
          inputs: parts.inputs,
          outputs: parts.outputs,
          rows,
        })),
    );
}

const allTypes: ColumnType[] = ['string', 'number', 'integer', 'boolean', 'date', 'date-time'];
const orderedTypes = new Set<ColumnType>(['number', 'integer', 'date', 'date-time']);

// Text as people write it: letters, CJK, quotes, backslashes, markup characters, line breaks.
const textCharacter = fc.constantFrom(...'aAzZ09 -_.,"\'\\&<>/:;()[]{}!?é中文检验\n'.split(''));
// Whitespace-only text is dropped: XML readers skip it (a documented normalisation).
const text = fc.string({ unit: textCharacter, minLength: 1, maxLength: 12 }).filter((item) => /\S/.test(item));
const label = fc.record({ en: text, 'zh-CN': text });
// FEEL keywords cannot name a fact (exportDmn refuses them).
const feelKeywords = new Set(['true', 'false', 'null', 'not', 'and', 'or', 'if', 'then', 'else', 'for', 'in', 'return', 'some', 'every', 'satisfies', 'instance', 'of', 'function', 'between']);
const columnName = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,8}$/).filter((name) => !feelKeywords.has(name));

function inputColumn(name: string, types: ColumnType[]): fc.Arbitrary<RuleTableInput> {
  return fc.record({ type: fc.constantFrom(...types), hasEnum: fc.boolean(), label, dotted: fc.boolean() }).chain(({ type, hasEnum, label, dotted }) =>
    (type === 'string' && hasEnum ? fc.uniqueArray(stringValue, { minLength: 1, maxLength: 4 }) : fc.constant(undefined)).map((values) => ({
      id: name,
      label,
      // Each input reads its own fact, so no two can disagree on its type.
      expression: dotted ? `${name}.value` : name,
      type,
      ...(values ? { enum: values } : {}),
    })),
  );
}

function outputColumn(name: string, types: ColumnType[]): fc.Arbitrary<RuleTableOutput> {
  return fc.record({ type: fc.constantFrom(...types), hasEnum: fc.boolean(), label }).chain(({ type, hasEnum, label }) =>
    (hasEnum ? fc.uniqueArray(value(type), { minLength: 1, maxLength: 4, selector: (item) => String(item) }) : fc.constant(undefined)).map((values) => ({
      name,
      label,
      type,
      ...(values ? { enum: values } : {}),
    })),
  );
}

interface TableParts {
  hitPolicy: HitPolicy;
  aggregation: Aggregation | undefined;
  inputs: RuleTableInput[];
  outputs: RuleTableOutput[];
}

/** Bends the drawn parts until parseRuleTable accepts them: aggregations and priorities have preconditions. */
function fitHitPolicy<T extends TableParts>(parts: T): T {
  let { hitPolicy, aggregation, outputs } = parts;
  if (hitPolicy !== 'COLLECT') aggregation = undefined;
  if (aggregation) {
    const first = outputs[0]!;
    outputs = [first];
    if (aggregation === 'SUM' && first.type !== 'number' && first.type !== 'integer') aggregation = 'COUNT';
    if ((aggregation === 'MIN' || aggregation === 'MAX') && !orderedTypes.has(first.type)) aggregation = 'COUNT';
  }
  if ((hitPolicy === 'PRIORITY' || hitPolicy === 'OUTPUT ORDER') && !outputs.some((output) => output.enum)) hitPolicy = 'FIRST';
  return { ...parts, hitPolicy, aggregation, outputs };
}

function row(id: string, inputs: RuleTableInput[], outputs: RuleTableOutput[], messy: boolean) {
  return fc.record({
    id: fc.constant(id),
    description: fc.option(text, { nil: undefined }),
    cells: fc.tuple(...inputs.map((input) => cell(input, messy))),
    outputs: fc.tuple(...outputs.map((output) => (output.enum ? fc.constantFrom(...output.enum) : value(output.type)))),
  }).map(({ description, cells, outputs: values }) => ({
    id,
    ...(description !== undefined ? { description } : {}),
    cells,
    outputs: Object.fromEntries(outputs.map((output, index) => [output.name, values[index]!])),
  }));
}

const stringValue = fc.string({ unit: textCharacter, maxLength: 6 });
// Few distinct values, so generated facts hit them, range ends included.
const numberValue = fc.integer({ min: -30, max: 30 }).chain((whole) => fc.constantFrom(whole, whole / 10, whole / 100, whole + 0.5));
const integerValue = fc.integer({ min: -30, max: 30 });
const dayValue = fc.integer({ min: 20_480, max: 20_520 }).map(formatDay);
const dateTimeValue = fc
  .record({ day: dayValue, hour: fc.constantFrom(0, 8, 23), minute: fc.constantFrom(0, 30), offset: fc.constantFrom('Z', '+08:00', '-05:00', '') })
  .map(({ day, hour, minute, offset }) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`);

export function value(type: ColumnType): fc.Arbitrary<Scalar> {
  switch (type) {
    case 'string':
      return stringValue;
    case 'number':
      return numberValue;
    case 'integer':
      return integerValue;
    case 'boolean':
      return fc.boolean();
    case 'date':
      return dayValue;
    case 'date-time':
      return dateTimeValue;
  }
}

function cell(input: RuleTableInput, messy: boolean): fc.Arbitrary<string> {
  const test = unaryTest(input, messy);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('-') },
    { weight: 5, arbitrary: fc.array(test, { minLength: 1, maxLength: 3 }).map((tests) => tests.join(', ')) },
    { weight: 2, arbitrary: fc.array(test, { minLength: 1, maxLength: 2 }).map((tests) => `not(${tests.join(', ')})`) },
    { weight: 1, arbitrary: fc.constantFrom('null', 'not(null)') },
  );
}

function unaryTest(input: RuleTableInput, messy: boolean): fc.Arbitrary<string> {
  const literalValue = input.enum ? fc.constantFrom(...input.enum) : value(input.type);
  const literal = literalValue.chain((item) => spell(item, input.type, messy));
  if (!orderedTypes.has(input.type)) return literal;
  const comparison = fc.tuple(fc.constantFrom('<', '<=', '>', '>='), literal).map(([operator, end]) => `${operator} ${end}`);
  const range = fc
    .tuple(value(input.type), value(input.type), fc.constantFrom('[', ']', '('), fc.constantFrom(']', '[', ')'))
    .filter(([low, high]) => low !== high)
    .chain(([a, b, opening, closing]) => {
      const [low, high] = ordinalOf(input.type, a) < ordinalOf(input.type, b) ? [a, b] : [b, a];
      return fc.tuple(spell(low, input.type, messy), spell(high, input.type, messy)).map(([from, to]) => `${opening}${from}..${to}${closing}`);
    })
    .filter((range) => !sameInstant(range, input.type));
  return fc.oneof(literal, comparison, range);
}

/** A literal as a cell writes it; messy spellings mean the same value. */
function spell(item: Scalar, type: ColumnType, messy: boolean): fc.Arbitrary<string> {
  switch (type) {
    case 'string':
      return messy ? fc.constantFrom(quoteString(String(item)), `"${[...String(item)].map((character) => (/[a-z]/.test(character) ? `\\${character}` : character === '"' || character === '\\' ? `\\${character}` : character)).join('')}"`) : fc.constant(quoteString(String(item)));
    case 'number':
    case 'integer': {
      const plain = formatNumberValue(item as number);
      return messy ? fc.constantFrom(plain, (item as number).toExponential(), `${plain}${plain.includes('.') ? '0' : ''}`) : fc.constant(plain);
    }
    case 'boolean':
      return fc.constant(String(item));
    case 'date':
      return messy ? fc.constantFrom(`date("${item}")`, `date( "${item}" )`) : fc.constant(`date("${item}")`);
    case 'date-time':
      return messy
        ? fc.constantFrom(`date and time("${item}")`, `date and time("${String(item).replace('T', ' ').replace('Z', 'z').replace(/([+-]\d{2}):(\d{2})$/, '$1$2')}")`)
        : fc.constant(`date and time("${item}")`);
  }
}

function ordinalOf(type: ColumnType, item: Scalar): number {
  if (type === 'date') return Date.parse(`${item}T00:00:00Z`);
  if (type === 'date-time') return Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(String(item)) ? String(item) : `${item}Z`);
  return item as number;
}

/** Two date-times with different text can be one instant: the range would be empty. */
function sameInstant(range: string, type: ColumnType): boolean {
  if (type !== 'date-time') return false;
  const ends = [...range.matchAll(/"([^"]+)"/g)].map((match) => match[1]!.replace(' ', 'T').replace('z', 'Z').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return ends.length === 2 && ordinalOf(type, ends[0]!) >= ordinalOf(type, ends[1]!);
}

/** Facts for a table's inputs: each one drawn from its type (its enum when it has one), or missing. */
export function facts(inputs: RuleTableInput[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(...inputs.map((input) => fc.option(input.enum ? fc.constantFrom(...input.enum) : value(input.type), { nil: undefined, freq: 5 })))
    .map((values) => {
      const drawn: Record<string, unknown> = {};
      inputs.forEach((input, index) => {
        const item = values[index];
        if (item === undefined) return;
        const [fact, ...path] = input.expression.split('.');
        if (path.length === 0) drawn[fact!] = item;
        else drawn[fact!] = { [path.join('.')]: item };
      });
      return drawn;
    });
}
