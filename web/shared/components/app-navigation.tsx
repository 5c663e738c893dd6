'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavigationLink {
  readonly href: string;
  readonly label: string;
  readonly testId: string;
}

interface AppNavigationProps {
  readonly label: string;
  readonly links: readonly NavigationLink[];
}

/** The sections of the app; the one the page belongs to is marked as current. */
export function AppNavigation({ label, links }: AppNavigationProps) {
  const pathname = usePathname();
  return (
    <nav className="app-nav" aria-label={label}>
      <ul className="app-nav__list">
        {links.map((link) => {
          const current = link.href === '/' ? pathname === '/' : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link href={link.href} className="app-nav__link" aria-current={current ? 'page' : undefined} data-testid={link.testId}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
