import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getRequestUser } from '../../features/authentication/api/get-request-user';
import { SignInForm } from '../../features/authentication/components/sign-in-form';
import { getRequestTranslator } from '../../shared/i18n/get-request-locale';
import { readReturnPath } from '../../shared/session/read-return-path';

// Who is signed in decides what this page shows: render it for every request.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return { title: t('signIn.title') };
}

interface SignInPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const [{ next }, { t }, currentUser] = await Promise.all([searchParams, getRequestTranslator(), getRequestUser()]);
  const returnPath = readReturnPath(next);
  if (currentUser?.outcome === 'ok') {
    redirect(returnPath);
  }
  return (
    <div className="sign-in">
      <div className="sign-in__card panel">
        <div className="sign-in__header">
          <h1 className="page__title">{t('signIn.title')}</h1>
          <p className="page__intro">{t('signIn.intro')}</p>
        </div>
        <SignInForm
          returnPath={returnPath}
          labels={{
            username: t('signIn.username'),
            password: t('signIn.password'),
            submit: t('signIn.submit'),
            submitting: t('signIn.submitting'),
            errorTitle: t('signIn.error.title'),
          }}
        />
      </div>
    </div>
  );
}
