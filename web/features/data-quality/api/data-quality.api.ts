import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Locale } from '../../../shared/i18n/locales';
import {
  duplicateReportShape,
  outlierReportShape,
  schemaFailureReportShape,
  snapshotDiffShape,
  snapshotPageShape,
  snapshotShape,
  type DuplicateReport,
  type OutlierReport,
  type SchemaFailureReport,
  type Snapshot,
  type SnapshotDiff,
  type SnapshotPage,
} from './data-quality.shape';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

/** The checks read every record: more than the default five seconds on a large plant. */
const timeoutMs = 30_000;

/** Likely duplicate suppliers and materials. */
export function getDuplicates({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<DuplicateReport>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'data-quality/duplicates', sessionToken, shape: duplicateReportShape, timeoutMs });
}

/** Inspection readings far from the rest of their characteristic. */
export function getOutliers({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<OutlierReport>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'data-quality/outliers', sessionToken, shape: outlierReportShape, timeoutMs });
}

/** Records the current version of their type refuses, the problems worded in `locale`. */
export function getSchemaFailures({ apiBaseUrl, sessionToken }: Caller, locale: Locale): Promise<ApiResult<SchemaFailureReport>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `data-quality/schema-failures?${new URLSearchParams({ locale }).toString()}`, sessionToken, shape: schemaFailureReportShape, timeoutMs });
}

/** The latest snapshots, newest first. */
export function getSnapshots({ apiBaseUrl, sessionToken }: Caller, limit: number): Promise<ApiResult<SnapshotPage>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `data-quality/snapshots?${new URLSearchParams({ limit: String(limit) }).toString()}`, sessionToken, shape: snapshotPageShape });
}

/** What changed from one snapshot to another. */
export function getSnapshotDiff({ apiBaseUrl, sessionToken }: Caller, from: string, to: string): Promise<ApiResult<SnapshotDiff>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `data-quality/snapshots/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}`, sessionToken, shape: snapshotDiffShape, timeoutMs });
}

/** A snapshot of the key tables, now. */
export function takeSnapshot({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<Snapshot>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: 'data-quality/snapshots', method: 'POST', body: {}, sessionToken, shape: snapshotShape, acceptedStatuses: [201], timeoutMs });
}
