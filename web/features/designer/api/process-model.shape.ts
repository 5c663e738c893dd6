import { array, flag, isoDateTime, object, optional, text, type Infer } from '../../../shared/api/shape';
import { artifactListShape, artifactSummaryShape, artifactVersionFields } from '../../../shared/api/artifact.shape';

export const processModelListShape = artifactListShape;

/** A version as `GET …/versions` lists it, without its content. */
export const processModelVersionSummaryShape = object(artifactVersionFields);

export const processModelVersionListShape = object({ items: array(processModelVersionSummaryShape) });

/** A process model's content: the BPMN 2.0 XML, Camunda 7 extensions included. */
export const processModelContentShape = object({ bpmnXml: text() });

/** `GET …/versions/{version}`, and the answer to publish and rollback. */
export const processModelVersionShape = object({ ...artifactVersionFields, content: processModelContentShape });

/** What blocks publishing a draft: `pointer` names the element after `#` (`/bpmnXml#Task_1`). */
const draftIssueShape = object({ pointer: text(), message: text(), keyword: optional(text()) });

/** `PUT …/draft`: the draft is saved whatever its issues. */
export const draftSavedShape = object({ draft: processModelVersionSummaryShape, issues: array(draftIssueShape) });

/** `POST /deployments`: `changed` is false when the engine already had exactly this model. */
export const deploymentResultShape = object({
  deployment: object({ id: text(), engineDeploymentId: text(), name: text(), deployedAt: isoDateTime() }),
  changed: flag(),
});

export type ProcessModelSummary = Infer<typeof artifactSummaryShape>;
export type ProcessModelVersionSummary = Infer<typeof processModelVersionSummaryShape>;
export type ProcessModelVersion = Infer<typeof processModelVersionShape>;
export type DraftIssue = Infer<typeof draftIssueShape>;
export type DraftSaved = Infer<typeof draftSavedShape>;
export type DeploymentResult = Infer<typeof deploymentResultShape>;
