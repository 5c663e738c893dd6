import { array, count, flag, isoDateTime, nullable, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';

/** Any JSON value: a type's content is checked by the dictionary's own validator, not by a shape. */
export const jsonValue = (): Shape<unknown> => ({ expected: 'any JSON value', check: (value) => ({ valid: true, value }) });

const jsonObject = (): Shape<Record<string, unknown>> => ({
  expected: 'an object',
  check: (value, path) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { valid: true, value: value as Record<string, unknown> }
      : { valid: false, path, expected: 'an object' },
});

/** One row of `GET /dictionary/types`. */
const typeSummaryShape = object({
  key: text(),
  latestVersion: nullable(count()),
  latestPublishedAt: nullable(isoDateTime()),
  hasDraft: flag(),
});

export const typeListShape = object({ items: array(typeSummaryShape) });

const versionFields = {
  key: text(),
  /** 0 is the draft; published versions count from 1. */
  version: count(),
  status: oneOf('draft', 'published', 'superseded'),
  contentHash: text(),
  createdBy: text(),
  createdAt: isoDateTime(),
  publishedBy: nullable(text()),
  publishedAt: nullable(isoDateTime()),
  reason: nullable(text()),
  basedOnVersion: nullable(count()),
};

export const typeVersionSummaryShape = object(versionFields);

export const typeVersionListShape = object({ items: array(typeVersionSummaryShape) });

/** `GET …/versions/{n|latest|draft}`, and the answer to publish and rollback. */
export const typeVersionShape = object({ ...versionFields, content: jsonValue() });

const issueShape = object({ pointer: text(), message: text(), keyword: optional(text()) });

/** `PUT …/draft`: saved whatever its issues; the issues block publishing. */
export const draftSavedShape = object({ draft: typeVersionSummaryShape, issues: array(issueShape) });

const changeShape = object({ op: oneOf('add', 'remove', 'change'), path: text(), before: jsonValue(), after: jsonValue() });

/** `GET …/diff?from=&to=`: changes as JSON Pointers into the type's content. */
export const typeDiffShape = object({ from: count(), to: count(), changes: array(changeShape) });

const recordFields = {
  typeKey: text(),
  typeVersion: count(),
  code: text(),
  values: jsonObject(),
  revision: count(),
  createdBy: text(),
  createdAt: isoDateTime(),
  updatedBy: text(),
  updatedAt: isoDateTime(),
};

export const storedRecordShape = object(recordFields);

/** `GET /records/{type}/{code}`: with the problems found against the version it was written with. */
export const checkedRecordShape = object({ ...recordFields, issues: array(issueShape) });

export const recordPageShape = object({ items: array(storedRecordShape), total: count() });

export type TypeSummary = Infer<typeof typeSummaryShape>;
export type TypeVersionSummary = Infer<typeof typeVersionSummaryShape>;
export type TypeVersion = Infer<typeof typeVersionShape>;
export type TypeIssue = Infer<typeof issueShape>;
export type DraftSaved = Infer<typeof draftSavedShape>;
export type TypeChange = Infer<typeof changeShape>;
export type TypeDiff = Infer<typeof typeDiffShape>;
export type StoredRecord = Infer<typeof storedRecordShape>;
export type CheckedRecord = Infer<typeof checkedRecordShape>;
export type RecordPage = Infer<typeof recordPageShape>;
