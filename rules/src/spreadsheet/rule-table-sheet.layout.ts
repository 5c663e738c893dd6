import ruleTableSchema from '../rule-table/rule-table.schema.json' with { type: 'json' };
import type { Aggregation, ColumnType, HitPolicy } from '../rule-table/rule-table-document.types.js';

/**
 * The sheet layout, as data: the exporters write it and the reader finds rows by the caption in
 * column A, so a QA engineer may insert blank rows or reorder the header rows.
 *
 *        A               B                 C … (one column per input, then per output)
 *   1    Key             <key>
 *   2    Name            <en>              <zh-CN>
 *   3    Description     <en>              <zh-CN>          (both empty: no description)
 *   4    Hit policy      <FIRST>           Aggregation  <SUM> (in C4, D4)
 *   6    Column                            Inputs …           Outputs …  (blank = as on the left)
 *   7    Id                                <input id>         <output name>
 *   8    Expression                        <fact path>        (empty for outputs)
 *   9    Type                              number, string, …
 *  10    Values                            enum as cell literals: "pass", "fail"
 *  11    Label (zh-CN)                     <zh-CN label>
 *  12    Rule id         Description       <en label>          ← the header row; rules follow
 *  13    <row id>        <description>     cells (S-FEEL)      output values
 */
export type HeaderRowName = 'key' | 'name' | 'description' | 'hitPolicy' | 'column' | 'id' | 'expression' | 'type' | 'values' | 'labelZh' | 'ruleId';

export interface HeaderRowDefinition {
  name: HeaderRowName;
  caption: string;
  /** A file without an optional row reads as if the row were empty. */
  required: boolean;
}

/** In the order the exporters write them; `ruleId` ends the header. */
export const headerRows: readonly HeaderRowDefinition[] = [
  { name: 'key', caption: 'Key', required: true },
  { name: 'name', caption: 'Name', required: true },
  { name: 'description', caption: 'Description', required: false },
  { name: 'hitPolicy', caption: 'Hit policy', required: true },
  { name: 'column', caption: 'Column', required: true },
  { name: 'id', caption: 'Id', required: true },
  { name: 'expression', caption: 'Expression', required: true },
  { name: 'type', caption: 'Type', required: true },
  { name: 'values', caption: 'Values', required: false },
  { name: 'labelZh', caption: 'Label (zh-CN)', required: true },
  { name: 'ruleId', caption: 'Rule id', required: true },
];

/** Header rows that describe the table as a whole; a blank row separates them from the column rows. */
export const tableHeaderRowCount = 4;

/** On the hit policy row: the aggregation's caption (column C) and value (column D). */
export const aggregationCaption = 'Aggregation';
export const aggregationColumnIndex = 3;

/** Zero-based sheet columns: A holds captions and rule ids, B descriptions and English names, C on the table's columns. */
export const idColumnIndex = 0;
export const descriptionColumnIndex = 1;
/** On the Key and Hit policy rows: the value, in B. */
export const valueColumnIndex = 1;
export const firstTableColumnIndex = 2;
/** On Name and Description rows: the English text in B, the Chinese in C. */
export const labelColumnIndexes = { en: 1, 'zh-CN': 2 } as const;

export type ColumnKind = 'input' | 'output';
/** What the Column row may say, lower-cased; the exporters write the first of each. */
export const columnKindWords: Record<ColumnKind, readonly string[]> = { input: ['inputs', 'input'], output: ['outputs', 'output'] };

// The choices come from the schema, the one source of truth for a rule table's shape.
export const hitPolicies = ruleTableSchema.$defs.hitPolicy.enum as HitPolicy[];
export const aggregations = ruleTableSchema.$defs.aggregation.enum as Aggregation[];
export const columnTypeNames = ruleTableSchema.$defs.columnType.enum as ColumnType[];

/** The header must end within this many rows, so a file that is not a rule table fails fast. */
export const maxHeaderRows = 60;
