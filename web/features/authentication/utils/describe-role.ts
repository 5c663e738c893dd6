import { isMessageKey, type Translate } from '../../../shared/i18n/create-translator';

/** A role's name in the person's language; a role the catalogs don't know yet shows as its code. */
export function describeRole(role: string, t: Translate): string {
  const messageKey = `role.${role}`;
  return isMessageKey(messageKey) ? t(messageKey) : role;
}
