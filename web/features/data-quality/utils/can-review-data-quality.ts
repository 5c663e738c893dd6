/** The api lets quality, the data stewards and administrators see the checks; quality and administrators take snapshots. */
const REVIEWING_ROLES = ['qa', 'data-steward', 'admin'];
const SNAPSHOT_ROLES = ['qa', 'admin'];

/** Whether to show the data-quality screen; the api checks again either way. */
export function canReviewDataQuality(roles: readonly string[]): boolean {
  return roles.some((role) => REVIEWING_ROLES.includes(role));
}

/** Whether to offer "Take snapshot now". */
export function canTakeSnapshot(roles: readonly string[]): boolean {
  return roles.some((role) => SNAPSHOT_ROLES.includes(role));
}
