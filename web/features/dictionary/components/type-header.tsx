import './dictionary.css';

import type { TypeDefinition } from '@lotflow/dictionary/browser';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';

interface TypeHeaderProps {
  readonly type: TypeDefinition;
  readonly version: number;
  readonly title?: string;
  readonly t: Translate;
  readonly locale: Locale;
  readonly actions?: ReactNode;
}

/** The page title of a type's screens: where it is in the dictionary, which version is in force. */
export function TypeHeader({ type, version, title, t, locale, actions }: TypeHeaderProps) {
  return (
    <div className="page__header dictionary-header">
      <nav className="dictionary-breadcrumb" aria-label={t('dictionary.breadcrumb')}>
        <Link href="/dictionary">{t('dictionary.title')}</Link>
        <span aria-hidden="true"> › </span>
        {title === undefined ? (
          <span>{type.label[locale]}</span>
        ) : (
          <Link href={`/dictionary/${type.key}`}>{type.label[locale]}</Link>
        )}
      </nav>
      <div className="dictionary-header__row">
        <h1 className="page__title" data-testid="dictionary-page-title">
          {title ?? type.label[locale]}
        </h1>
        <div className="dictionary-actions">{actions}</div>
      </div>
      <p className="page__intro">
        <code>{type.key}</code> · {t('dictionary.versionInForce', { version })}
        {type.help !== undefined && title === undefined && <> · {type.help[locale]}</>}
      </p>
    </div>
  );
}
