import type { ErrorObject } from 'ajv/dist/2020.js';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { Locale } from './locale.js';
import { lotflowKeyword } from './lotflow-keywords.js';

/** What the schema alone does not know about a value but a message should say. */
export interface MessageContext {
  /** Unit of the value, appended to limits: "must be <= 0.155 in". */
  unit?: string;
  /** Labels of enum values, shown next to the values a person may choose from. */
  enumLabels?: ReadonlyMap<string, string>;
}

type Describe = (error: ErrorObject, context: MessageContext) => string;
type Params = Record<string, unknown>;

// ajv-i18n is CommonJS; under NodeNext its default export lands on `.default`.
const localizeZh = ((localizeZhModule as unknown as { default?: typeof localizeZhModule }).default ?? localizeZhModule) as unknown as (
  errors: ErrorObject[],
) => void;

const formatExamples: Record<string, { en: string; 'zh-CN': string }> = {
  date: { en: 'must be a date such as 2026-03-01', 'zh-CN': '应当是日期，格式如 2026-03-01' },
  'date-time': {
    en: 'must be a date and time with its offset, such as 2026-03-01T08:30:00+08:00',
    'zh-CN': '应当是带时区偏移的日期时间，格式如 2026-03-01T08:30:00+08:00',
  },
};

const chineseTypeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true/false）',
  array: '列表',
  object: '对象',
  null: '空值',
};

/**
 * Messages per language and keyword; a keyword not listed falls back to ajv's English message or
 * to ajv-i18n's Chinese one. The English entries keep the wording the api has always returned.
 */
const messages: Record<Locale, Partial<Record<string, Describe>>> = {
  en: {
    required: () => 'is required',
    additionalProperties: () => 'is not a known property',
    unevaluatedProperties: () => 'is not a known property',
    enum: (error, context) => `must be one of ${allowedValues(error, context, ', ', (value, label) => `${value} (${label})`)}`,
    minimum: (error, context) => limit('must be >=', error, context),
    maximum: (error, context) => limit('must be <=', error, context),
    exclusiveMinimum: (error, context) => limit('must be >', error, context),
    exclusiveMaximum: (error, context) => limit('must be <', error, context),
    format: (error) => formatExamples[String(params(error).format)]?.en ?? error.message ?? 'has the wrong format',
    uniqueItems: (error) => `must not hold the same value twice (items ${duplicateItems(error).join(' and ')})`,
    [lotflowKeyword.scale]: (error) => `must have at most ${String(params(error).scale)} decimal place${params(error).scale === 1 ? '' : 's'}`,
    [lotflowKeyword.uniqueBy]: (error) => `${JSON.stringify(params(error).value)} is already in row ${firstRow(error)}`,
  },
  'zh-CN': {
    required: () => '为必填项',
    additionalProperties: () => '不是已定义的属性',
    unevaluatedProperties: () => '不是已定义的属性',
    enum: (error, context) => `应当是以下之一：${allowedValues(error, context, '、', (value, label) => `${value}（${label}）`)}`,
    minimum: (error, context) => limit('应当大于或等于', error, context),
    maximum: (error, context) => limit('应当小于或等于', error, context),
    exclusiveMinimum: (error, context) => limit('应当大于', error, context),
    exclusiveMaximum: (error, context) => limit('应当小于', error, context),
    type: (error) => `应当是${String(params(error).type).split(',').map((type) => chineseTypeNames[type] ?? type).join('或')}`,
    format: (error) => formatExamples[String(params(error).format)]?.['zh-CN'] ?? translateWithAjvI18n(error),
    uniqueItems: (error) => `不能有重复的值（第 ${duplicateItems(error).join(' 项与第 ')} 项相同）`,
    [lotflowKeyword.scale]: (error) => `最多保留 ${String(params(error).scale)} 位小数`,
    [lotflowKeyword.uniqueBy]: (error) => `${JSON.stringify(params(error).value)} 与第 ${firstRow(error)} 行重复`,
  },
};

/** One ajv error as a sentence in the given language, without the field's name. */
export function describeError(error: ErrorObject, locale: Locale, context: MessageContext = {}): string {
  const describe = messages[locale][error.keyword];
  if (describe) return describe(error, context);
  return locale === 'en' ? (error.message ?? `fails ${error.keyword}`) : translateWithAjvI18n(error);
}

function translateWithAjvI18n(error: ErrorObject): string {
  // ajv-i18n rewrites `message` in place; work on a copy so the caller's error keeps its English.
  const copy = { ...error };
  localizeZh([copy]);
  return copy.message ?? `未通过 ${error.keyword} 校验`;
}

function params(error: ErrorObject): Params {
  return error.params as Params;
}

function limit(phrase: string, error: ErrorObject, context: MessageContext): string {
  const text = `${phrase} ${String(params(error).limit)}`;
  return context.unit ? `${text} ${context.unit}` : text;
}

function allowedValues(
  error: ErrorObject,
  context: MessageContext,
  separator: string,
  withLabel: (value: string, label: string) => string,
): string {
  const values = (params(error).allowedValues as unknown[]) ?? [];
  return values
    .map((value) => {
      const label = typeof value === 'string' ? context.enumLabels?.get(value) : undefined;
      return label ? withLabel(JSON.stringify(value), label) : JSON.stringify(value);
    })
    .join(separator);
}

/** The 1-based positions of two equal items, the earlier first. */
function duplicateItems(error: ErrorObject): number[] {
  return [Number(params(error).i), Number(params(error).j)].sort((a, b) => a - b).map((index) => index + 1);
}

function firstRow(error: ErrorObject): number {
  return ((params(error).rows as number[] | undefined)?.[0] ?? 0) + 1;
}
