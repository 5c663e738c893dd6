/** The api lets analysts (and administrators, who may do everything) change process models and deploy. */
const EDITING_ROLES = ['analyst', 'admin'];

/** Whether to offer saving, publishing, rolling back and deploying; the api checks again either way. */
export function canEditProcessModels(roles: readonly string[]): boolean {
  return roles.some((role) => EDITING_ROLES.includes(role));
}
