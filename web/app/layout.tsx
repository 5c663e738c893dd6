import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CurrentUser } from '../features/authentication/components/current-user';
import { LanguageSwitch } from '../features/language-switch/components/language-switch';
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
  const { locale, t } = await getRequestTranslator();
  return (
    <html lang={locale}>
      <body>
        <AppShell
          tagline={t('app.tagline')}
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
