import type { ColumnType, Label, Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import type { ColumnConditions, Condition, ConditionValue } from './region-conditions.js';

type Locale = keyof Label;

/** A row as messages name it: 1-based position and id. */
export interface NamedRow {
  position: number;
  id: string;
}

/** What happens where two rows overlap, by hit policy. */
export type OverlapConsequence =
  | { kind: 'unique' }
  | { kind: 'any-disagree'; output: string; earlierValue: Scalar; laterValue: Scalar }
  | { kind: 'any-agree' }
  | { kind: 'first'; winner: NamedRow }
  | { kind: 'priority'; winner: NamedRow }
  | { kind: 'collected' };

/** Every word a message uses, per language; the sentences differ too much to share more. */
interface Vocabulary {
  and: string;
  or: string;
  rowList(rows: NamedRow[], more: number): string;
  condition: { [Kind in Condition['kind']]: (column: string, condition: Extract<Condition, { kind: Kind }>, value: (value: ConditionValue) => string) => string };
  relativeDay(days: number): string;
  overlap(later: NamedRow, earlier: NamedRow, where: string | undefined): string;
  consequence: { [Kind in OverlapConsequence['kind']]: (details: Extract<OverlapConsequence, { kind: Kind }>) => string };
  gap(where: string | undefined): string;
  shadowedByEarlier(row: NamedRow, covering: string): string;
  shadowedByPriority(row: NamedRow, covering: string): string;
  emptyCell(column: string, cell: string): string;
  neverMatches(row: NamedRow, reasons: string[]): string;
  typeMismatch(input: string, expression: string, type: string, dictionaryType: string): string;
  enumMismatch(input: string, expression: string, dictionaryValues: string[], problems: string[]): string;
  notInDictionary(values: string[]): string;
  missingFromInput(values: string[]): string;
  cellNotInDictionary(row: NamedRow, input: string, value: string, expression: string, dictionaryValues: string[]): string;
  analysedAsOf(input: string, date: string): string;
  leftOut(input: string): string;
}

const listEnglish = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const shownRows = 5;

/** A range in the cell language: [a..b], ]a..b[ and the mixes. */
function writeRange({ low, high, lowIncluded, highIncluded }: Extract<Condition, { kind: 'range' }>, write: (value: ConditionValue) => string): string {
  return `${lowIncluded ? '[' : ']'}${write(low)}..${write(high)}${highIncluded ? ']' : '['}`;
}

const vocabularies: Record<Locale, Vocabulary> = {
  en: {
    and: ' and ',
    or: ' or ',
    rowList: (rows, more) => {
      const names = rows.map(({ position, id }) => `${position} (${id})`);
      return `${plural(rows.length + more, 'row', 'rows')} ${listEnglish(more > 0 ? [...names, `${more} more`] : names)}`;
    },
    condition: {
      present: (column) => `${column} is present`,
      missing: (column) => `${column} is missing`,
      equals: (column, { value }, write) => `${column} = ${write(value)}`,
      'one-of': (column, { values }) => `${column} is ${values.join(' or ')}`,
      'none-of': (column, { values }) => `${column} is ${values.length === 1 ? 'not' : 'none of'} ${values.join(', ')}`,
      compare: (column, { operator, value }, write) => `${column} ${operator} ${write(value)}`,
      range: (column, range, write) => `${column} in ${writeRange(range, write)}`,
      'before-today': (column) => `${column} is before today`,
      'after-today': (column) => `${column} is after today`,
      'within-days': (column, { days }) => `${column} is within ${days} days`,
    },
    relativeDay: (days) => (days === 0 ? 'today' : `today ${days > 0 ? '+' : '-'} ${Math.abs(days)} ${plural(Math.abs(days), 'day', 'days')}`),
    overlap: (later, earlier, where) => `Row ${later.position} (${later.id}) overlaps row ${earlier.position} (${earlier.id}) ${where ? `where ${where}` : 'for every input'}`,
    consequence: {
      unique: () => '; a UNIQUE table lets at most one row match',
      'any-disagree': ({ output, earlierValue, laterValue }) =>
        `; they set ${output} to ${JSON.stringify(earlierValue)} and ${JSON.stringify(laterValue)}, but an ANY table lets rows overlap only when their outputs agree`,
      'any-agree': () => '; their outputs agree, as an ANY table requires',
      first: ({ winner }) => `; row ${winner.position} comes first and decides there`,
      priority: ({ winner }) => `; row ${winner.position} ranks higher by output priority and decides there`,
      collected: () => "; both rows' outputs are collected there",
    },
    gap: (where) => (where ? `No row matches when ${where}` : 'No row matches any input'),
    shadowedByEarlier: (row, covering) => `Row ${row.position} (${row.id}) never decides: everything it matches is matched first by ${covering}`,
    shadowedByPriority: (row, covering) =>
      `Row ${row.position} (${row.id}) never decides: everything it matches is also matched by ${covering}, ranked above it by output priority`,
    emptyCell: (column, cell) => `its cell ${cell} for ${column} matches no value`,
    neverMatches: (row, reasons) => `Row ${row.position} (${row.id}) never matches: ${reasons.join('; ')}`,
    typeMismatch: (input, expression, type, dictionaryType) => `Input ${input} reads ${expression} as ${type}, but the dictionary says ${expression} is ${dictionaryType}`,
    enumMismatch: (input, expression, dictionaryValues, problems) =>
      `Input ${input}'s values differ from the dictionary's for ${expression} (${dictionaryValues.join(', ')}): ${problems.join('; ')}`,
    notInDictionary: (values) => `${values.join(', ')} ${plural(values.length, 'is', 'are')} not in the dictionary`,
    missingFromInput: (values) => `${values.join(', ')} ${plural(values.length, 'is', 'are')} missing from the input`,
    cellNotInDictionary: (row, input, value, expression, dictionaryValues) =>
      `Row ${row.position} (${row.id}) tests ${input} for ${value}, which is not one of the dictionary's values for ${expression}: ${dictionaryValues.join(', ')}`,
    analysedAsOf: (input, date) => `Input ${input} mixes fixed dates with within N days, before today or after today, so it was analysed as of ${date}`,
    leftOut: (input) =>
      `Input ${input} mixes fixed date-times with within N days, before today or after today; it was left out of the analysis, as if every cell were -`,
  },
  'zh-CN': {
    and: ' 且 ',
    or: ' 或 ',
    rowList: (rows, more) => {
      const names = rows.map(({ position, id }) => `第 ${position} 行（${id}）`);
      if (more > 0) return `${names.join('、')}等 ${rows.length + more} 行`;
      return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
    },
    condition: {
      present: (column) => `${column} 有值`,
      missing: (column) => `${column} 缺失`,
      equals: (column, { value }, write) => `${column} = ${write(value)}`,
      'one-of': (column, { values }) => `${column} 为 ${values.join(' 或 ')}`,
      'none-of': (column, { values }) => `${column} 不为 ${values.join('、')}`,
      compare: (column, { operator, value }, write) => `${column} ${operator} ${write(value)}`,
      range: (column, range, write) => `${column} 在 ${writeRange(range, write)} 内`,
      'before-today': (column) => `${column} 早于今天`,
      'after-today': (column) => `${column} 晚于今天`,
      'within-days': (column, { days }) => `${column} 在今后 ${days} 天内`,
    },
    relativeDay: (days) => (days === 0 ? '今天' : `今天 ${days > 0 ? '+' : '-'} ${Math.abs(days)} 天`),
    overlap: (later, earlier, where) => `第 ${later.position} 行（${later.id}）与第 ${earlier.position} 行（${earlier.id}）重叠${where ? `，条件：${where}` : '，任何输入下都重叠'}`,
    consequence: {
      unique: () => '；UNIQUE 表最多只允许一行匹配',
      'any-disagree': ({ output, earlierValue, laterValue }) =>
        `；两行将 ${output} 分别设为 ${JSON.stringify(earlierValue)} 和 ${JSON.stringify(laterValue)}，而 ANY 表只允许输出一致的行重叠`,
      'any-agree': () => '；两行输出一致，符合 ANY 表的要求',
      first: ({ winner }) => `；第 ${winner.position} 行在前，由它决定`,
      priority: ({ winner }) => `；按输出优先级第 ${winner.position} 行排在前面，由它决定`,
      collected: () => '；两行的输出都会被收集',
    },
    gap: (where) => (where ? `没有任何行匹配：${where}` : '任何输入都没有行匹配'),
    shadowedByEarlier: (row, covering) => `第 ${row.position} 行（${row.id}）永远不会生效：它匹配的所有输入都会先被${covering}匹配`,
    shadowedByPriority: (row, covering) => `第 ${row.position} 行（${row.id}）永远不会生效：它匹配的所有输入也都被${covering}匹配，且按输出优先级排在它前面`,
    emptyCell: (column, cell) => `其 ${column} 单元格 ${cell} 不匹配任何值`,
    neverMatches: (row, reasons) => `第 ${row.position} 行（${row.id}）永远不会匹配：${reasons.join('；')}`,
    typeMismatch: (input, expression, type, dictionaryType) => `输入 ${input} 按 ${type} 读取 ${expression}，但数据字典中 ${expression} 的类型是 ${dictionaryType}`,
    enumMismatch: (input, expression, dictionaryValues, problems) =>
      `输入 ${input} 的取值与数据字典中 ${expression} 的取值（${dictionaryValues.join('、')}）不一致：${problems.join('；')}`,
    notInDictionary: (values) => `${values.join('、')} 不在数据字典中`,
    missingFromInput: (values) => `输入缺少 ${values.join('、')}`,
    cellNotInDictionary: (row, input, value, expression, dictionaryValues) =>
      `第 ${row.position} 行（${row.id}）的 ${input} 单元格使用了 ${value}，它不是数据字典中 ${expression} 的取值：${dictionaryValues.join('、')}`,
    analysedAsOf: (input, date) => `输入 ${input} 同时使用固定日期和 within N days、before today、after today，因此按 ${date} 分析`,
    leftOut: (input) => `输入 ${input} 同时使用固定日期时间和 within N days、before today、after today，未纳入分析（各单元格均按 - 处理）`,
  },
};

/** The same message in every language. */
function inEveryLanguage(write: (words: Vocabulary) => string): Label {
  return { en: write(vocabularies.en), 'zh-CN': write(vocabularies['zh-CN']) };
}

export function nameRow(table: RuleTable, rowIndex: number): NamedRow {
  return { position: rowIndex + 1, id: table.rows[rowIndex]!.id };
}

/** Conditions on several inputs, all of which hold; undefined when there are none. */
function writeConditions(words: Vocabulary, columns: readonly ColumnConditions[]): string | undefined {
  if (columns.length === 0) return undefined;
  const write = (value: ConditionValue) => ('literal' in value ? value.literal : words.relativeDay(value.relativeDays));
  return columns
    .map(({ columnId, alternatives }) => {
      const text = alternatives
        .map((condition) => (words.condition[condition.kind] as (column: string, condition: Condition, write: (value: ConditionValue) => string) => string)(columnId, condition, write))
        .join(words.or);
      return alternatives.length > 1 && columns.length > 1 ? `(${text})` : text;
    })
    .join(words.and);
}

export function describeOverlap(later: NamedRow, earlier: NamedRow, where: readonly ColumnConditions[], consequence: OverlapConsequence): Label {
  return inEveryLanguage((words) => {
    const details = words.consequence[consequence.kind] as (details: OverlapConsequence) => string;
    return words.overlap(later, earlier, writeConditions(words, where)) + details(consequence);
  });
}

export function describeGap(where: readonly ColumnConditions[]): Label {
  return inEveryLanguage((words) => words.gap(writeConditions(words, where)));
}

export function describeShadowedRow(row: NamedRow, covering: NamedRow[], by: 'earlier' | 'priority'): Label {
  const shown = covering.slice(0, shownRows);
  return inEveryLanguage((words) => {
    const list = words.rowList(shown, covering.length - shown.length);
    return by === 'earlier' ? words.shadowedByEarlier(row, list) : words.shadowedByPriority(row, list);
  });
}

export function describeUnsatisfiableRow(row: NamedRow, emptyCells: Array<{ column: string; cell: string }>): Label {
  return inEveryLanguage((words) => words.neverMatches(row, emptyCells.map(({ column, cell }) => words.emptyCell(column, cell))));
}

export function describeTypeMismatch(input: string, expression: string, type: ColumnType, dictionaryType: ColumnType): Label {
  return inEveryLanguage((words) => words.typeMismatch(input, expression, type, dictionaryType));
}

export function describeEnumMismatch(input: string, expression: string, dictionaryValues: string[], notInDictionary: string[], missingFromInput: string[]): Label {
  return inEveryLanguage((words) =>
    words.enumMismatch(input, expression, dictionaryValues, [
      ...(notInDictionary.length > 0 ? [words.notInDictionary(notInDictionary)] : []),
      ...(missingFromInput.length > 0 ? [words.missingFromInput(missingFromInput)] : []),
    ]),
  );
}

export function describeCellNotInDictionary(row: NamedRow, input: string, value: string, expression: string, dictionaryValues: string[]): Label {
  return inEveryLanguage((words) => words.cellNotInDictionary(row, input, value, expression, dictionaryValues));
}

export function describeAnalysedAsOf(input: string, date: string): Label {
  return inEveryLanguage((words) => words.analysedAsOf(input, date));
}

export function describeLeftOut(input: string): Label {
  return inEveryLanguage((words) => words.leftOut(input));
}
