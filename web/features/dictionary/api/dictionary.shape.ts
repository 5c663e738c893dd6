import { array, count, isoDateTime, json, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';
import { artifactListShape, artifactSummaryShape, artifactVersionFields } from '../../../shared/api/artifact.shape';

const jsonObject = (): Shape<Record<string, unknown>> => ({
  expected: 'an object',
  check: (value, path) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { valid: true, value: value as Record<string, unknown> }
      : { valid: false, path, expected: 'an object' },
});

export const typeListShape = artifactListShape;

export const typeVersionSummaryShape = object(artifactVersionFields);

export const typeVersionListShape = object({ items: array(typeVersionSummaryShape) });

/** `GET …/versions/{n|latest|draft}`, and the answer to publish and rollback. */
/** A type's content is any JSON here: the dictionary's own validator checks it, not a shape. */
export const typeVersionShape = object({ ...artifactVersionFields, content: json() });

const issueShape = object({ pointer: text(), message: text(), keyword: optional(text()) });

/** `PUT …/draft`: saved whatever its issues; the issues block publishing. */
export const draftSavedShape = object({ draft: typeVersionSummaryShape, issues: array(issueShape) });

const changeShape = object({ op: oneOf('add', 'remove', 'change'), path: text(), before: optional(json()), after: optional(json()) });

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

export type TypeSummary = Infer<typeof artifactSummaryShape>;
export type TypeVersionSummary = Infer<typeof typeVersionSummaryShape>;
export type TypeVersion = Infer<typeof typeVersionShape>;
export type TypeIssue = Infer<typeof issueShape>;
export type DraftSaved = Infer<typeof draftSavedShape>;
export type TypeChange = Infer<typeof changeShape>;
export type TypeDiff = Infer<typeof typeDiffShape>;
export type StoredRecord = Infer<typeof storedRecordShape>;
export type CheckedRecord = Infer<typeof checkedRecordShape>;
export type RecordPage = Infer<typeof recordPageShape>;
