import { array, count, flag, isoDateTime, nullable, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';
import { artifactListShape, artifactSummaryShape, artifactVersionFields } from '../../../shared/api/artifact.shape';

/** A value a cell tests or an output takes: text, a number or true/false. */
export const scalar = (): Shape<string | number | boolean> => ({
  expected: 'a string, number or boolean',
  check: (value, path) =>
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
      ? { valid: true, value }
      : { valid: false, path, expected: 'a string, number or boolean' },
});

/** A JSON object whose values all have one shape, such as a row's outputs by name. */
export function record<T>(item: Shape<T>): Shape<Record<string, T>> {
  return {
    expected: `an object of ${item.expected}`,
    check: (value, path) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { valid: false, path, expected: 'an object' };
      }
      const checked: Record<string, T> = {};
      for (const [name, element] of Object.entries(value)) {
        const result = item.check(element, `${path}.${name}`);
        if (!result.valid) {
          return result;
        }
        checked[name] = result.value;
      }
      return { valid: true, value: checked };
    },
  };
}

/** Any JSON value, kept as it is: facts and witnesses. */
export const anything = (): Shape<unknown> => ({ expected: 'any value', check: (value) => ({ valid: true, value }) });

export const COLUMN_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'date-time'] as const;
export const HIT_POLICIES = ['UNIQUE', 'FIRST', 'PRIORITY', 'ANY', 'COLLECT', 'RULE ORDER', 'OUTPUT ORDER'] as const;
export const AGGREGATIONS = ['SUM', 'MIN', 'MAX', 'COUNT'] as const;

const labelShape = object({ en: text(), 'zh-CN': text() });

const inputShape = object({
  id: text(),
  label: labelShape,
  expression: text(),
  type: oneOf(...COLUMN_TYPES),
  enum: optional(array(scalar())),
});

const outputShape = object({
  name: text(),
  label: labelShape,
  type: oneOf(...COLUMN_TYPES),
  enum: optional(array(scalar())),
});

const rowShape = object({
  id: text(),
  description: optional(text()),
  cells: array(text()),
  outputs: record(scalar()),
});

/** A rule table as the api stores it (`rules/src/rule-table/rule-table.schema.json`). */
export const ruleTableDocumentShape = object({
  key: text(),
  name: labelShape,
  description: optional(labelShape),
  hitPolicy: oneOf(...HIT_POLICIES),
  aggregation: optional(oneOf(...AGGREGATIONS)),
  inputs: array(inputShape),
  outputs: array(outputShape),
  rows: array(rowShape),
});

export const ruleTableListShape = artifactListShape;

/** The electronic signature a publication carries (21 CFR 11.50: printed name, time, meaning). */
const versionSignatureShape = object({ printedName: text(), meaning: text(), signedAt: isoDateTime(), state: oneOf('valid', 'superseded', 'broken') });

export const ruleTableVersionSummaryShape = object({ ...artifactVersionFields, signatures: optional(array(versionSignatureShape)) });

export const ruleTableVersionListShape = object({ items: array(ruleTableVersionSummaryShape) });

/** `GET …/versions/{version}`, and the answer to publish and rollback. */
export const ruleTableVersionShape = object({ ...artifactVersionFields, content: ruleTableDocumentShape });

const witnessShape = object({ inputs: record(anything()), facts: record(anything()) });

/** `POST /rule-tables/analyse`: one issue, placed on the rows and inputs it names. */
const ruleTableIssueShape = object({
  code: text(),
  severity: oneOf('error', 'warning', 'info'),
  message: object({ en: text(), 'zh-CN': optional(text()) }),
  pointer: text(),
  rowIds: array(text()),
  columnIds: array(text()),
  outputNames: optional(array(text())),
  witness: optional(witnessShape),
});

export const analysisShape = object({ issues: array(ruleTableIssueShape) });

/** `PUT …/draft`: the draft is saved whatever its issues. */
export const draftSavedShape = object({
  draft: ruleTableVersionSummaryShape,
  issues: array(object({ pointer: text(), message: text(), severity: optional(oneOf('error', 'warning', 'info')) })),
});

const failedCellShape = object({
  columnIndex: count(),
  inputId: text(),
  expression: text(),
  cell: text(),
  factValue: anything(),
});

const rowExplanationShape = object({
  rowId: text(),
  rowIndex: count(),
  matched: flag(),
  failedCell: optional(failedCellShape),
});

/** `POST …/evaluate`: the decision and, row by row, why it matched or which cell failed. */
export const evaluationShape = object({
  version: count(),
  decision: object({
    kind: oneOf('single', 'multiple', 'aggregated'),
    matched: flag(),
    matchedRowIds: array(text()),
    rowId: optional(text()),
    outputs: optional(anything()),
    aggregation: optional(text()),
    outputName: optional(text()),
    explanation: optional(array(rowExplanationShape)),
  }),
});

/** `GET …/diff`: changes as JSON Pointers into the table with before and after. */
export const versionDiffShape = object({
  from: count(),
  to: count(),
  changes: array(object({ op: oneOf('add', 'remove', 'change'), path: text(), before: anything(), after: anything() })),
});

/** A published dictionary type, as far as the editor reads it: its scalar fields. */
export const dictionaryTypeShape = object({
  key: text(),
  version: count(),
  content: object({
    key: text(),
    label: labelShape,
    fields: array(
      object({
        name: text(),
        kind: text(),
        label: labelShape,
        values: optional(array(object({ value: scalar(), label: labelShape }))),
      }),
    ),
  }),
});

export const dictionaryTypeListShape = object({ items: array(object({ key: text(), latestVersion: nullable(count()) })) });

/** `GET /records/{type}`. */
export const recordListShape = object({
  items: array(object({ code: text(), values: record(anything()) })),
  total: count(),
});

export type Label = Infer<typeof labelShape>;
export type Scalar = string | number | boolean;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export type HitPolicy = (typeof HIT_POLICIES)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type RuleTableInput = Infer<typeof inputShape>;
export type RuleTableOutput = Infer<typeof outputShape>;
export type RuleTableRow = Infer<typeof rowShape>;
export type RuleTableDocument = Infer<typeof ruleTableDocumentShape>;
export type RuleTableSummary = Infer<typeof artifactSummaryShape>;
export type RuleTableVersionSummary = Infer<typeof ruleTableVersionSummaryShape>;
export type RuleTableVersion = Infer<typeof ruleTableVersionShape>;
export type RuleTableIssue = Infer<typeof ruleTableIssueShape>;
export type Analysis = Infer<typeof analysisShape>;
export type DraftSaved = Infer<typeof draftSavedShape>;
export type Evaluation = Infer<typeof evaluationShape>;
export type RowExplanation = Infer<typeof rowExplanationShape>;
export type VersionDiff = Infer<typeof versionDiffShape>;
export type DictionaryType = Infer<typeof dictionaryTypeShape>;
export type RecordList = Infer<typeof recordListShape>;
