/** The api lets analysts (and administrators, who may do everything) change rule tables. */
const EDITING_ROLES = ['analyst', 'admin'];

/** Whether to offer editing, saving, publishing, importing and rolling back; the api checks again either way. */
export function canEditRuleTables(roles: readonly string[]): boolean {
  return roles.some((role) => EDITING_ROLES.includes(role));
}
