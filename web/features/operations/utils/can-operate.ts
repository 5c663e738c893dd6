/** The api lets operations staff and administrators see instances and incidents and retry them. */
const OPERATING_ROLES = ['operations', 'admin'];

/** Whether to show the operations view; the api checks again either way. */
export function canOperate(roles: readonly string[]): boolean {
  return roles.some((role) => OPERATING_ROLES.includes(role));
}
