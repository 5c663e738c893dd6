import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { signOut } from '../actions/sign-out.action';
import { getRequestUser } from '../api/get-request-user';
import { describeRole } from '../utils/describe-role';

/** Who is signed in, with their roles, and the way out. Nothing when nobody is signed in. */
export async function CurrentUser() {
  const result = await getRequestUser();
  if (result?.outcome !== 'ok') {
    return null;
  }
  const { t } = await getRequestTranslator();
  const { username, displayName, roles } = result.data;
  return (
    <div className="current-user">
      <div className="current-user__identity" data-testid="current-user" data-username={username}>
        <span className="visually-hidden">{t('currentUser.label')} </span>
        <span className="current-user__name">{displayName}</span>
        <ul className="current-user__roles" aria-label={t('currentUser.roles')}>
          {roles.map((role) => (
            <li key={role} className="current-user__role" data-role={role}>
              {describeRole(role, t)}
            </li>
          ))}
        </ul>
      </div>
      <form action={signOut}>
        <button type="submit" className="header-button" data-testid="sign-out">
          {t('signOut.submit')}
        </button>
      </form>
    </div>
  );
}
