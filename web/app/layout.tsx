import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getRequestUser } from '../features/authentication/api/get-request-user';
import { CurrentUser } from '../features/authentication/components/current-user';
import { LanguageSwitch } from '../features/language-switch/components/language-switch';
import { AppNavigation } from '../shared/components/app-navigation';
import { AppShell } from '../shared/components/app-shell';
import { getRequestTranslator } from '../shared/i18n/get-request-locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestTranslator();
  return {
    title: { template: '%s · Lotflow', default: 'Lotflow' },
    description: t('app.tagline'),
  };
}

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  const [{ locale, t }, currentUser] = await Promise.all([getRequestTranslator(), getRequestUser()]);
  // The sections are for people who signed in; the sign-in page shows none.
  const signedIn = currentUser?.outcome === 'ok';
  return (
    <html lang={locale}>
      <body>
        <AppShell
          tagline={t('app.tagline')}
          navigation={
            signedIn && (
              <AppNavigation
                label={t('nav.label')}
                links={[
                  { href: '/', label: t('nav.stackStatus'), testId: 'nav-stack-status' },
                  { href: '/inbox', label: t('nav.inbox'), testId: 'nav-inbox' },
                  { href: '/start', label: t('nav.start'), testId: 'nav-start' },
                  { href: '/dashboard', label: t('nav.dashboard'), testId: 'nav-dashboard' },
                  { href: '/designer', label: t('nav.designer'), testId: 'nav-designer' },
                  { href: '/rule-tables', label: t('nav.ruleTables'), testId: 'nav-rule-tables' },
                  { href: '/dictionary', label: t('nav.dictionary'), testId: 'nav-dictionary' },
                  { href: '/trace', label: t('nav.trace'), testId: 'nav-trace' },
                  { href: '/data-quality', label: t('nav.dataQuality'), testId: 'nav-data-quality' },
                  { href: '/operations', label: t('nav.operations'), testId: 'nav-operations' },
                ]}
              />
            )
          }
          headerActions={
            <>
              <CurrentUser />
              <LanguageSwitch />
            </>
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
