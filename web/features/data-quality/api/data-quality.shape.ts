import { array, flag, isoDateTime, json, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';

/** A finite number: similarities, readings, medians and scores are decimals. */
const figure = (): Shape<number> => ({
  expected: 'a number',
  check: (value, path) => (typeof value === 'number' && Number.isFinite(value) ? { valid: true, value } : { valid: false, path, expected: 'a number' }),
});

/** An object whose every property is a value of `shape`: row counts by table, names by field. */
function mapOf<T>(shape: Shape<T>): Shape<Record<string, T>> {
  return {
    expected: `an object of ${shape.expected}`,
    check: (value, path) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { valid: false, path, expected: 'an object' };
      const checked: Record<string, T> = {};
      for (const [name, item] of Object.entries(value)) {
        const result = shape.check(item, `${path}.${name}`);
        if (!result.valid) return result;
        checked[name] = result.value;
      }
      return { valid: true, value: checked };
    },
  };
}

const bilingualShape = object({ en: text(), 'zh-CN': text() });

const duplicateReasonShape = object({
  kind: oneOf('similar-name', 'same-identifier'),
  field: text(),
  label: bilingualShape,
  otherField: optional(text()),
  otherLabel: optional(bilingualShape),
  similarity: optional(figure()),
  values: optional(array(text())),
  value: optional(text()),
});

/** `GET /data-quality/duplicates`: pairs of likely duplicates, highest score first. */
export const duplicateReportShape = object({
  threshold: figure(),
  pairs: array(
    object({
      type: text(),
      typeLabel: bilingualShape,
      score: figure(),
      records: array(object({ code: text(), names: mapOf(text()) })),
      reasons: array(duplicateReasonShape),
    }),
  ),
});

/** `GET /data-quality/outliers`: what was checked, and the readings far from their characteristic's median. */
export const outlierReportShape = object({
  minimumValues: figure(),
  threshold: figure(),
  characteristics: array(
    object({
      key: text(),
      type: text(),
      typeLabel: bilingualShape,
      fieldLabel: bilingualShape,
      unit: optional(text()),
      inspectionPoint: optional(text()),
      inspectionPointName: optional(text()),
      count: figure(),
      checked: flag(),
      skipped: optional(oneOf('too-few-values', 'no-spread')),
      median: figure(),
      mad: optional(figure()),
      outliers: optional(figure()),
    }),
  ),
  outliers: array(
    object({
      characteristic: text(),
      type: text(),
      code: text(),
      pointer: text(),
      value: figure(),
      lot: optional(text()),
      median: figure(),
      score: figure(),
    }),
  ),
});

/** `GET /data-quality/schema-failures`: records the current version of their type refuses. */
export const schemaFailureReportShape = object({
  checked: figure(),
  failures: array(
    object({
      type: text(),
      typeLabel: bilingualShape,
      code: text(),
      writtenWithVersion: figure(),
      currentVersion: figure(),
      updatedAt: isoDateTime(),
      issues: array(object({ pointer: text(), field: text(), message: text(), keyword: text() })),
    }),
  ),
});

/** `POST /data-quality/snapshots`, and each snapshot of the list. */
export const snapshotShape = object({
  id: text(),
  takenAt: isoDateTime(),
  takenBy: text(),
  trigger: oneOf('manual', 'scheduled'),
  recordTypes: array(text()),
  rowCounts: mapOf(figure()),
});

/** `GET /data-quality/snapshots`: newest first. */
export const snapshotPageShape = object({ items: array(snapshotShape), total: figure() });

const rowShape = object({ key: text(), row: mapOf(json()) });

/** `GET /data-quality/snapshots/{from}/diff/{to}`. */
export const snapshotDiffShape = object({
  from: snapshotShape,
  to: snapshotShape,
  tables: array(
    object({
      table: text(),
      added: array(rowShape),
      removed: array(rowShape),
      changed: array(object({ key: text(), fields: array(object({ field: text(), label: optional(bilingualShape), before: optional(json()), after: optional(json()) })) })),
    }),
  ),
  onlyInFrom: array(text()),
  onlyInTo: array(text()),
});

export type DuplicateReport = Infer<typeof duplicateReportShape>;
export type DuplicatePair = DuplicateReport['pairs'][number];
export type DuplicateReason = DuplicatePair['reasons'][number];
export type OutlierReport = Infer<typeof outlierReportShape>;
export type SchemaFailureReport = Infer<typeof schemaFailureReportShape>;
export type Snapshot = Infer<typeof snapshotShape>;
export type SnapshotPage = Infer<typeof snapshotPageShape>;
export type SnapshotDiff = Infer<typeof snapshotDiffShape>;
