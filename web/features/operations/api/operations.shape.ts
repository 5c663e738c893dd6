import { array, count, flag, isoDateTime, nullable, object, text, type Infer } from '../../../shared/api/shape';

const runningInstanceShape = object({
  id: text(),
  processKey: text(),
  processName: nullable(text()),
  processVersion: count(),
  businessKey: nullable(text()),
  startedAt: isoDateTime(),
  suspended: flag(),
  currentActivities: array(object({ activityId: text(), activityName: nullable(text()), activityType: text() })),
  incidentCount: count(),
});

const pageFields = { total: count(), offset: count(), limit: count() };

/** `GET /operations/instances`: a page of running instances, newest first. */
export const runningInstancePageShape = object({ items: array(runningInstanceShape), ...pageFields });

const incidentShape = object({
  id: text(),
  type: text(),
  message: nullable(text()),
  errorDetails: nullable(text()),
  activityId: text(),
  activityName: nullable(text()),
  processInstanceId: text(),
  processKey: nullable(text()),
  businessKey: nullable(text()),
  createdAt: isoDateTime(),
  externalTaskId: nullable(text()),
  jobId: nullable(text()),
  retriesLeft: nullable(count()),
});

/** `GET /operations/incidents`: open incidents, newest first. */
export const incidentPageShape = object({ items: array(incidentShape), ...pageFields });

/** `POST /operations/incidents/{id}/retry`. */
export const retryResultShape = object({
  incidentId: text(),
  processInstanceId: text(),
  activityId: text(),
  externalTaskId: nullable(text()),
  jobId: nullable(text()),
  retries: count(),
});

export type RunningInstance = Infer<typeof runningInstanceShape>;
export type RunningInstancePage = Infer<typeof runningInstancePageShape>;
export type Incident = Infer<typeof incidentShape>;
export type IncidentPage = Infer<typeof incidentPageShape>;
export type RetryResult = Infer<typeof retryResultShape>;
