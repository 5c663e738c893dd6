import { array, count, flag, isoDateTime, nullable, object, oneOf, text, type Infer } from '../api/shape';

/** One activity the instance entered, from the engine's history. */
const historyEntryShape = object({
  id: text(),
  activityId: text(),
  activityName: nullable(text()),
  activityType: text(),
  startedAt: isoDateTime(),
  endedAt: nullable(isoDateTime()),
  assignee: nullable(text()),
  canceled: flag(),
});

/** `GET /process-instances/{id}/context`: the model, where the tokens are, what failed and what happened. */
export const processContextShape = object({
  id: text(),
  processKey: text(),
  processName: nullable(text()),
  processVersion: count(),
  businessKey: nullable(text()),
  state: oneOf('ACTIVE', 'SUSPENDED', 'COMPLETED', 'EXTERNALLY_TERMINATED', 'INTERNALLY_TERMINATED'),
  startedAt: isoDateTime(),
  endedAt: nullable(isoDateTime()),
  bpmnXml: text(),
  activeActivityIds: array(text()),
  incidentActivityIds: array(text()),
  incidents: array(object({ id: text(), activityId: text(), message: nullable(text()) })),
  history: array(historyEntryShape),
});

export type ProcessContext = Infer<typeof processContextShape>;
export type ProcessHistoryEntry = Infer<typeof historyEntryShape>;
