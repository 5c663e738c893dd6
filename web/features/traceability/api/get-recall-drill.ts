import type { ApiResult } from '../../../shared/api/api-client';
import { buildRecallDrill, type RecallDrill } from '../utils/build-recall-drill';
import { getTrace, type Caller } from './trace.api';

/** Links a recall follows forward: supplier lot → lot → work order → lot → shipment → customer is five; rework and loads add some. */
export const RECALL_DEPTH = 10;

/** Everything downstream of a node that a recall must reach. */
export async function getRecallDrill(caller: Caller, type: string, code: string): Promise<ApiResult<RecallDrill>> {
  const trace = await getTrace(caller, type, code, 'forward', RECALL_DEPTH);
  return trace.outcome === 'ok' ? { ...trace, data: buildRecallDrill(trace.data) } : trace;
}
