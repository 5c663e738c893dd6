import type { TypeDefinition } from '@lotflow/dictionary/browser';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getRequestUser } from '../../../../features/authentication/api/get-request-user';
import { getDictionaryTypes, getDictionaryTypeVersion, getDictionaryTypeVersions } from '../../../../features/dictionary/api/dictionary-types.api';
import { loadDictionaryPage } from '../../../../features/dictionary/api/load-dictionary-page';
import { TypeEditor } from '../../../../features/dictionary/components/type-editor';
import { canEditTypes } from '../../../../features/dictionary/utils/dictionary-roles';
import { describeApiFailure } from '../../../../features/dictionary/utils/describe-api-failure';
import { createBlankType } from '../../../../features/dictionary/utils/edit-type';
import { isTypeKey } from '../../../../features/dictionary/utils/is-type-key';
import { Callout } from '../../../../shared/components/callout';
import { isUnauthenticated } from '../../../../shared/session/is-unauthenticated';
import { redirectToSignIn } from '../../../../shared/session/redirect-to-sign-in';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 404;

interface DefinitionPageProps {
  readonly params: Promise<{ type: string }>;
}

export async function generateMetadata({ params }: DefinitionPageProps): Promise<Metadata> {
  return { title: (await params).type };
}

export default async function TypeDefinitionPage({ params }: DefinitionPageProps) {
  const { type: key } = await params;
  if (!isTypeKey(key)) notFound();
  const thisPage = `/dictionary/${key}/definition`;
  const { caller, locale, t } = await loadDictionaryPage(thisPage);
  const [currentUser, draft, latest, versions, types] = await Promise.all([
    getRequestUser(),
    getDictionaryTypeVersion(caller, key, 'draft'),
    getDictionaryTypeVersion(caller, key, 'latest'),
    getDictionaryTypeVersions(caller, key),
    getDictionaryTypes(caller),
  ]);
  if ((currentUser !== undefined && isUnauthenticated(currentUser)) || isUnauthenticated(draft)) redirectToSignIn(thisPage);

  // The draft is where work continues; without one, the version in force; without either, a new type.
  const failure = [draft, latest].find((result) => result.outcome !== 'ok' && !(result.outcome === 'problem' && result.status === NOT_FOUND));
  if (failure !== undefined && failure.outcome !== 'ok') {
    return (
      <div className="page">
        <h1 className="page__title">{key}</h1>
        <Callout tone="critical" title={t('dictionary.type.error')} testId="dictionary-definition-error">
          <p>{describeApiFailure(failure, t)}</p>
        </Callout>
      </div>
    );
  }
  const initial =
    draft.outcome === 'ok'
      ? { content: draft.data.content as TypeDefinition, source: 'draft' as const }
      : latest.outcome === 'ok'
        ? { content: latest.data.content as TypeDefinition, source: 'published' as const }
        : { content: createBlankType(key), source: 'new' as const };
  const label = (initial.content as Partial<TypeDefinition>).label?.[locale];
  const typeKeys = types.outcome === 'ok' ? types.data.filter((type) => type.latestVersion !== null).map((type) => type.key) : [];

  return (
    <div className="page">
      <div className="page__header">
        <nav className="dictionary-breadcrumb" aria-label={t('dictionary.breadcrumb')}>
          <Link href="/dictionary">{t('dictionary.title')}</Link>
          <span aria-hidden="true"> › </span>
          {latest.outcome === 'ok' ? <Link href={`/dictionary/${key}`}>{label || key}</Link> : <span>{label || key}</span>}
        </nav>
        <h1 className="page__title" data-testid="dictionary-page-title">
          {t('dictionary.editor.title', { type: label || key })}
        </h1>
        <p className="page__intro">
          <code>{key}</code> · {t('dictionary.editor.intro')}
        </p>
      </div>
      <TypeEditor
        typeKey={key}
        locale={locale}
        canEdit={canEditTypes(currentUser?.outcome === 'ok' ? currentUser.data.roles : [])}
        initial={initial}
        published={latest.outcome === 'ok' ? { version: latest.data.version, content: latest.data.content } : null}
        initialVersions={versions.outcome === 'ok' ? versions.data : []}
        typeKeys={typeKeys}
      />
    </div>
  );
}
