import { array, count, isoDateTime, json, nullable, object, oneOf, text, flag, type Infer } from '../../../shared/api/shape';

const summaryFields = {
  id: text(),
  name: nullable(text()),
  processKey: nullable(text()),
  processName: nullable(text()),
  processVersion: nullable(count()),
  processInstanceId: nullable(text()),
  businessKey: nullable(text()),
  taskDefinitionKey: nullable(text()),
  assignee: nullable(text()),
  created: isoDateTime(),
  due: nullable(isoDateTime()),
  followUp: nullable(isoDateTime()),
  priority: count(),
  formType: nullable(text()),
};

/** One row of `GET /tasks`. */
export const taskSummaryShape = object(summaryFields);
export type TaskSummary = Infer<typeof taskSummaryShape>;

export const taskPageShape = object({ items: array(taskSummaryShape), total: count(), offset: count(), limit: count() });
export type TaskPage = Infer<typeof taskPageShape>;

export const taskCountsShape = object({ mine: count(), groups: count(), all: count() });
export type TaskCounts = Infer<typeof taskCountsShape>;

/** A signature as the api shows it with every record it was applied to (21 CFR 11.50). */
export const signatureShape = object({
  id: text(),
  printedName: text(),
  username: text(),
  meaning: text(),
  signedAt: isoDateTime(),
  subjectType: text(),
  subjectId: text(),
  subjectVersion: count(),
  taskId: nullable(text()),
  state: oneOf('valid', 'superseded', 'broken'),
});
export type Signature = Infer<typeof signatureShape>;

/** `GET /tasks/{id}` and the answer to every change of a task. */
export const taskDetailShape = object({
  ...summaryFields,
  description: nullable(text()),
  candidateGroups: array(text()),
  variables: json(),
  form: nullable(object({ type: text(), version: count(), definition: json(), initialValues: json() })),
  signature: nullable(object({ meaning: text() })),
  comments: array(object({ id: text(), author: text(), printedName: text(), text: text(), createdAt: isoDateTime() })),
  records: array(object({ type: text(), code: text(), revision: count(), values: json(), signatures: array(signatureShape) })),
  allowed: object({ claim: flag(), unclaim: flag(), assign: flag(), complete: flag() }),
});
export type TaskDetail = Infer<typeof taskDetailShape>;

export const candidateListShape = array(object({ username: text(), displayName: text() }));
export type Candidate = Infer<typeof candidateListShape>[number];

/** The answer to `POST /tasks/{id}/complete`. */
export const completionShape = object({
  taskId: text(),
  processInstanceId: nullable(text()),
  record: nullable(object({ type: text(), code: text(), revision: count() })),
  signature: nullable(object({ id: text(), meaning: text(), printedName: text(), signedAt: isoDateTime() })),
  completedNow: flag(),
});
export type Completion = Infer<typeof completionShape>;
