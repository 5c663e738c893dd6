/*
 * Generated from sequence-definition.schema.json by dictionary/scripts/generate-model-types.ts.
 * Do not edit: change the schema and run `npx tsx dictionary/scripts/generate-model-types.ts`.
 */

/**
 * A numbering sequence: the pattern its numbers follow and the time zone whose calendar fills the date tokens.
 */
export interface SequenceDefinition {
  /**
   * What code fields name in their numbering option: lot, purchase-order.
   */
  key: string;
  label: LocalizedText;
  /**
   * Such as LOT-{yyMMdd}-{seq:4}: date tokens yyyy, yy, MM, dd and one zero-padded {seq:N}.
   */
  pattern: string;
  /**
   * IANA time zone of the plant; Asia/Shanghai when absent.
   */
  timeZone?: string;
}
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}
