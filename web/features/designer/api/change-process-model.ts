import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import {
  deploymentResultShape,
  draftSavedShape,
  processModelVersionShape,
  type DeploymentResult,
  type DraftSaved,
  type ProcessModelVersion,
} from './process-model.shape';

// Saving and publishing lint the whole model; deploying waits for the engine too.
const LINT_TIMEOUT_MS = 20_000;
const DEPLOY_TIMEOUT_MS = 60_000;

interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

const modelPath = (key: string, rest: string) => `process-models/${encodeURIComponent(key)}/${rest}`;

/** Saves the draft whatever its state; the answer's issues say what blocks publishing. */
export function saveProcessModelDraft({ apiBaseUrl, sessionToken }: Caller, key: string, bpmnXml: string): Promise<ApiResult<DraftSaved>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: modelPath(key, 'draft'),
    method: 'PUT',
    body: { content: { bpmnXml } },
    sessionToken,
    shape: draftSavedShape,
    timeoutMs: LINT_TIMEOUT_MS,
  });
}

/** Publishes the draft as the next version; a draft with lint errors is refused with 400. */
export function publishProcessModel({ apiBaseUrl, sessionToken }: Caller, key: string, reason: string): Promise<ApiResult<ProcessModelVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: modelPath(key, 'publish'),
    method: 'POST',
    body: { reason },
    sessionToken,
    shape: processModelVersionShape,
    acceptedStatuses: [201],
    timeoutMs: LINT_TIMEOUT_MS,
  });
}

/** Publishes an earlier version's content again as the newest version. */
export function rollBackProcessModel(
  { apiBaseUrl, sessionToken }: Caller,
  key: string,
  version: number,
  reason: string,
): Promise<ApiResult<ProcessModelVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: modelPath(key, 'rollback'),
    method: 'POST',
    body: { version, reason },
    sessionToken,
    shape: processModelVersionShape,
    acceptedStatuses: [201],
  });
}

/** Lints and deploys one model to the engine as `<key>.bpmn`; 422 names the elements at fault. */
export function deployProcessModel({ apiBaseUrl, sessionToken }: Caller, key: string, bpmnXml: string): Promise<ApiResult<DeploymentResult>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: 'deployments',
    method: 'POST',
    body: { name: key, resources: [{ name: `${key}.bpmn`, content: bpmnXml }] },
    sessionToken,
    shape: deploymentResultShape,
    acceptedStatuses: [200, 201],
    timeoutMs: DEPLOY_TIMEOUT_MS,
  });
}
