/** Who the api lets change dictionary types (administrators may do everything). */
const TYPE_EDITING_ROLES = ['data-steward', 'analyst', 'admin'];

/** Who the api lets create and change records. */
const RECORD_WRITING_ROLES = ['data-steward', 'analyst', 'qa', 'purchasing', 'mrb', 'production', 'warehouse', 'admin'];

/** Whether to offer editing types; the api checks again either way. */
export function canEditTypes(roles: readonly string[]): boolean {
  return roles.some((role) => TYPE_EDITING_ROLES.includes(role));
}

/** Whether to offer creating and changing records; the api checks again either way. */
export function canWriteRecords(roles: readonly string[]): boolean {
  return roles.some((role) => RECORD_WRITING_ROLES.includes(role));
}
