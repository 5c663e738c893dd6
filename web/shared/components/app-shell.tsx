import type { ReactNode } from 'react';

interface AppShellProps {
  readonly tagline: string;
  /** The links to the app's sections, between the brand and the header actions. */
  readonly navigation?: ReactNode;
  /** Controls at the end of the header, such as the language switch. */
  readonly headerActions: ReactNode;
  readonly children: ReactNode;
}

export function AppShell({ tagline, navigation, headerActions, children }: AppShellProps) {
  return (
    <div className="app-shell">
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__brand">
            <span className="app-header__mark" aria-hidden="true" />
            <span className="app-header__name">Lotflow</span>
            <span className="app-header__tagline">{tagline}</span>
          </div>
          {navigation}
          <div className="app-header__actions">{headerActions}</div>
        </div>
      </header>
      <main className="app-main">{children}</main>
    </div>
  );
}
