import { array, count, flag, isoDateTime, nullable, object, oneOf, optional, text, type Infer } from '../../../shared/api/shape';

/** One row of `GET /process-models`. */
const processModelSummaryShape = object({
  key: text(),
  latestVersion: nullable(count()),
  latestPublishedAt: nullable(isoDateTime()),
  hasDraft: flag(),
});

export const processModelListShape = object({ items: array(processModelSummaryShape) });

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

/** A version as `GET …/versions` lists it, without its content. */
export const processModelVersionSummaryShape = object(versionFields);

export const processModelVersionListShape = object({ items: array(processModelVersionSummaryShape) });

/** A process model's content: the BPMN 2.0 XML, Camunda 7 extensions included. */
export const processModelContentShape = object({ bpmnXml: text() });

/** `GET …/versions/{version}`, and the answer to publish and rollback. */
export const processModelVersionShape = object({ ...versionFields, content: processModelContentShape });

/** What blocks publishing a draft: `pointer` names the element after `#` (`/bpmnXml#Task_1`). */
const draftIssueShape = object({ pointer: text(), message: text(), keyword: optional(text()) });

/** `PUT …/draft`: the draft is saved whatever its issues. */
export const draftSavedShape = object({ draft: processModelVersionSummaryShape, issues: array(draftIssueShape) });

/** `POST /deployments`: `changed` is false when the engine already had exactly this model. */
export const deploymentResultShape = object({
  deployment: object({ id: text(), engineDeploymentId: text(), name: text(), deployedAt: isoDateTime() }),
  changed: flag(),
});

export type ProcessModelSummary = Infer<typeof processModelSummaryShape>;
export type ProcessModelVersionSummary = Infer<typeof processModelVersionSummaryShape>;
export type ProcessModelVersion = Infer<typeof processModelVersionShape>;
export type DraftIssue = Infer<typeof draftIssueShape>;
export type DraftSaved = Infer<typeof draftSavedShape>;
export type DeploymentResult = Infer<typeof deploymentResultShape>;
