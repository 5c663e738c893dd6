'use client';

import './dictionary.css';

import { validateTypeDefinition, type FieldDefinition, type TypeDefinition } from '@lotflow/dictionary/browser';
import Link from 'next/link';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api/api-client';
import { StatusBadge, type StatusTone } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import {
  diffDraftAction,
  discardTypeDraftAction,
  listTypeVersionsAction,
  loadTypeVersionAction,
  publishTypeAction,
  rollBackTypeAction,
  saveTypeDraftAction,
} from '../actions/dictionary-type.action';
import type { TypeChange, TypeIssue, TypeVersionSummary } from '../api/dictionary.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { describeTypeChange } from '../utils/describe-type-change';
import { changeFieldKind, createField, FIELD_KINDS, moveField, type EditableKind } from '../utils/edit-type';
import { FieldOptions } from './field-options';

export interface TypeEditorProps {
  readonly typeKey: string;
  readonly locale: Locale;
  readonly canEdit: boolean;
  /** What the editor shows first: the draft, else the version in force, else a blank type. */
  readonly initial: { readonly content: TypeDefinition; readonly source: 'draft' | 'published' | 'new' };
  /** The version in force, to compare the draft with and to name removed fields. */
  readonly published: { readonly version: number; readonly content: unknown } | null;
  readonly initialVersions: readonly TypeVersionSummary[];
  /** Keys of the published types, the targets a reference may have. */
  readonly typeKeys: readonly string[];
}

type Message = { readonly tone: 'good' | 'critical' | 'neutral'; readonly text: string; readonly sequence: number };
type Review = { readonly kind: 'publish'; readonly changes: readonly TypeChange[] } | { readonly kind: 'rollback'; readonly version: number };

const STATUS_TONE: Readonly<Record<TypeVersionSummary['status'], StatusTone>> = { draft: 'warning', published: 'good', superseded: 'neutral' };
const UNAUTHORIZED = 401;
const REASON_MIN_LENGTH = 3;
const SHOWN_VALUE_LENGTH = 160;

function shorten(text: string | undefined): string | undefined {
  return text !== undefined && text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text;
}

/**
 * The definition of a dictionary type: its labels and fields with their kinds and limits. Every
 * change is checked at once with the dictionary's own validator; the draft is saved to the api
 * with what blocks publishing, the diff against the version in force is shown before publishing
 * with a reason, and earlier versions can be rolled back to.
 */
export function TypeEditor({ typeKey, locale, canEdit, initial, published: initialPublished, initialVersions, typeKeys }: TypeEditorProps) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const [content, setContent] = useState<TypeDefinition>(initial.content);
  // Stable identities for the field cards, so moving or renaming a field keeps its inputs.
  const nextId = useRef(initial.content.fields.length);
  const [fieldIds, setFieldIds] = useState<number[]>(() => initial.content.fields.map((_field, index) => index));
  const [dirty, setDirty] = useState(initial.source === 'new');
  const [busy, setBusy] = useState(false);
  const [message, setShownMessage] = useState<Message | null>(null);
  const sequence = useRef(0);
  const [apiIssues, setApiIssues] = useState<readonly TypeIssue[] | null>(null);
  const [versions, setVersions] = useState(initialVersions);
  const [published, setPublished] = useState(initialPublished);
  const [review, setReview] = useState<Review | null>(null);
  const [reason, setReason] = useState('');
  const readOnly = !canEdit || busy;

  const setMessage = useCallback((tone: Message['tone'], text: string) => {
    sequence.current += 1;
    setShownMessage({ tone, text, sequence: sequence.current });
  }, []);

  const liveIssues = useMemo(() => {
    const result = validateTypeDefinition(content);
    const issues = result.ok ? [] : result.issues;
    return content.key === typeKey ? issues : [...issues, { pointer: '/key', message: t('dictionary.editor.keyMismatch', { key: typeKey }), keyword: 'const' }];
  }, [content, typeKey, t]);
  const issues = dirty || apiIssues === null ? liveIssues : apiIssues;

  const change = (next: TypeDefinition) => {
    setContent(next);
    setDirty(true);
  };
  const changeField = (index: number, field: FieldDefinition) => change({ ...content, fields: content.fields.map((current, at) => (at === index ? field : current)) });

  const reportFailure = (result: Exclude<ApiResult<unknown>, { outcome: 'ok' }>) => {
    if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
      window.location.assign(signInPathFor(window.location.pathname));
      return;
    }
    setMessage('critical', describeApiFailure(result, t));
  };

  const refreshVersions = async () => {
    const result = await listTypeVersionsAction(typeKey);
    if (result.outcome === 'ok') setVersions(result.data);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  /** Saves the editor's content as the draft; the issues the api found come back. */
  const saveDraft = async (): Promise<{ saved: boolean; blocking: number }> => {
    const result = await saveTypeDraftAction(typeKey, content);
    if (result.outcome !== 'ok') {
      reportFailure(result);
      return { saved: false, blocking: 0 };
    }
    setApiIssues(result.data.issues);
    setDirty(false);
    await refreshVersions();
    setMessage(
      result.data.issues.length === 0 ? 'good' : 'critical',
      result.data.issues.length === 0 ? t('dictionary.editor.saved') : t('dictionary.editor.savedWithIssues', { count: result.data.issues.length }),
    );
    return { saved: true, blocking: result.data.issues.length };
  };

  const onSave = () => run(async () => void (await saveDraft()));

  const onReview = () =>
    run(async () => {
      const hasDraft = versions.some((version) => version.version === 0);
      if (dirty || !hasDraft) {
        const { saved, blocking } = await saveDraft();
        if (!saved || blocking > 0) return;
      }
      if (published === null) {
        setReview({ kind: 'publish', changes: [] });
        return;
      }
      const diff = await diffDraftAction(typeKey);
      if (diff.outcome !== 'ok') return reportFailure(diff);
      setReview({ kind: 'publish', changes: diff.data.changes });
    });

  const onConfirm = () =>
    run(async () => {
      if (review === null) return;
      const result = review.kind === 'publish' ? await publishTypeAction(typeKey, reason.trim()) : await rollBackTypeAction(typeKey, review.version, reason.trim());
      if (result.outcome !== 'ok') {
        if (result.outcome === 'problem' && result.problem.errors !== undefined && result.problem.errors.length > 0) {
          setApiIssues(result.problem.errors.map((error) => ({ pointer: error.pointer.replace(/^\/body\/content/, ''), message: error.detail })));
        }
        setReview(null);
        return reportFailure(result);
      }
      setReview(null);
      setReason('');
      setPublished({ version: result.data.version, content: result.data.content });
      setContent(result.data.content as TypeDefinition);
      setFieldIds((result.data.content as TypeDefinition).fields.map(() => nextId.current++));
      setDirty(false);
      setApiIssues([]);
      await refreshVersions();
      setMessage('good', review.kind === 'publish' ? t('dictionary.editor.published', { version: result.data.version }) : t('dictionary.editor.rolledBack', { version: result.data.version, from: review.version }));
    });

  const onDiscard = () =>
    run(async () => {
      const result = await discardTypeDraftAction(typeKey);
      if (result.outcome !== 'ok') return reportFailure(result);
      await refreshVersions();
      if (published !== null) {
        setContent(published.content as TypeDefinition);
        setFieldIds((published.content as TypeDefinition).fields.map(() => nextId.current++));
      }
      setDirty(false);
      setApiIssues(null);
      setMessage('neutral', t('dictionary.editor.discarded'));
    });

  const onOpenVersion = (version: number) =>
    run(async () => {
      const result = await loadTypeVersionAction(typeKey, version);
      if (result.outcome !== 'ok') return reportFailure(result);
      setContent(result.data.content as TypeDefinition);
      setFieldIds((result.data.content as TypeDefinition).fields.map(() => nextId.current++));
      setDirty(version !== 0);
      setApiIssues(null);
      setMessage('neutral', version === 0 ? t('dictionary.editor.openedDraft') : t('dictionary.editor.openedVersion', { version }));
    });

  const addField = () => {
    change({ ...content, fields: [...content.fields, createField(content.fields)] });
    setFieldIds([...fieldIds, nextId.current++]);
  };
  const removeField = (index: number) => {
    change({ ...content, fields: content.fields.filter((_field, at) => at !== index) });
    setFieldIds(fieldIds.filter((_id, at) => at !== index));
  };
  const move = (index: number, offset: number) => {
    change({ ...content, fields: moveField(content.fields, index, offset) });
    setFieldIds(moveField(fieldIds, index, offset));
  };

  const hasDraft = versions.some((version) => version.version === 0);
  const issuesOf = (index: number) => issues.filter((issue) => issue.pointer === `/fields/${index}` || issue.pointer.startsWith(`/fields/${index}/`));
  const typeIssues = issues.filter((issue) => !issue.pointer.startsWith('/fields/'));
  const fieldNames = content.fields.map((field) => field.name);

  return (
    <div className="type-editor" data-testid="type-editor" data-dirty={dirty ? 'true' : 'false'} data-busy={busy ? 'true' : ''}>
      <div className="type-editor__toolbar">
        <span className="type-editor__state" data-testid="type-editor-state">
          {dirty ? t('dictionary.editor.state.unsaved') : hasDraft ? t('dictionary.editor.state.draft') : published !== null ? t('dictionary.editor.state.published', { version: published.version }) : t('dictionary.editor.state.new')}
        </span>
        {canEdit && (
          <>
            <button type="button" className="button button--secondary" onClick={onSave} disabled={busy} data-testid="type-editor-save">
              {t('dictionary.editor.save')}
            </button>
            <button type="button" className="button button--primary" onClick={onReview} disabled={busy || (!dirty && !hasDraft)} data-testid="type-editor-review">
              {t('dictionary.editor.review')}
            </button>
            {hasDraft && published !== null && (
              <button type="button" className="button button--ghost" onClick={onDiscard} disabled={busy} data-testid="type-editor-discard">
                {t('dictionary.editor.discard')}
              </button>
            )}
          </>
        )}
        {published !== null && (
          <Link href={`/dictionary/${typeKey}`} className="button button--ghost">
            {t('dictionary.editor.toRecords')}
          </Link>
        )}
      </div>
      {message !== null && (
        <p className={`type-editor__message type-editor__message--${message.tone}`} role="status" data-testid="type-editor-message" data-tone={message.tone} data-sequence={message.sequence}>
          {message.text}
        </p>
      )}

      <div className="type-editor__body">
        <div className="type-editor__main">
          <section className="panel" aria-labelledby="type-heading">
            <h2 id="type-heading" className="panel__title">
              {t('dictionary.editor.typeHeading')}
            </h2>
            <div className="dictionary-options">
              {(['en', 'zh-CN'] as const).map((language) => (
                <label key={language} className="dictionary-option">
                  <span>{language === 'en' ? t('dictionary.editor.labelEn') : t('dictionary.editor.labelZh')}</span>
                  <input
                    className="form-field__input"
                    value={content.label?.[language] ?? ''}
                    disabled={readOnly}
                    onChange={(event) => change({ ...content, label: { ...content.label, [language]: event.target.value } })}
                    data-testid={`type-label-${language}`}
                  />
                </label>
              ))}
              {(['en', 'zh-CN'] as const).map((language) => (
                <label key={`help-${language}`} className="dictionary-option dictionary-option--wide">
                  <span>{language === 'en' ? t('dictionary.editor.helpEn') : t('dictionary.editor.helpZh')}</span>
                  <textarea
                    className="form-field__input"
                    rows={2}
                    value={content.help?.[language] ?? ''}
                    disabled={readOnly}
                    onChange={(event) => {
                      const help = { en: content.help?.en ?? '', 'zh-CN': content.help?.['zh-CN'] ?? '', [language]: event.target.value };
                      const { help: _old, ...rest } = content;
                      change(help.en === '' && help['zh-CN'] === '' ? rest : { ...rest, help });
                    }}
                  />
                </label>
              ))}
              <label className="dictionary-option">
                <span>{t('dictionary.editor.codeField')}</span>
                <select className="form-field__input" value={content.codeField} disabled={readOnly} onChange={(event) => change({ ...content, codeField: event.target.value })}>
                  {fieldNames.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="dictionary-option">
                <span>{t('dictionary.editor.statusField')}</span>
                <select
                  className="form-field__input"
                  value={content.statusField ?? ''}
                  disabled={readOnly}
                  onChange={(event) => {
                    const { statusField: _old, ...rest } = content;
                    change(event.target.value === '' ? rest : { ...rest, statusField: event.target.value });
                  }}
                >
                  <option value="">—</option>
                  {content.fields
                    .filter((field) => field.kind === 'enum')
                    .map((field) => (
                      <option key={field.name} value={field.name}>
                        {field.name}
                      </option>
                    ))}
                </select>
              </label>
            </div>
            {typeIssues.length > 0 && (
              <ul className="record-form__errors" data-testid="type-issues">
                {typeIssues.map((issue, index) => (
                  <li key={index} className="form-field__error" data-testid="type-issue" data-pointer={issue.pointer}>
                    <code>{issue.pointer || '/'}</code> {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="panel" aria-labelledby="fields-heading">
            <div className="panel__header">
              <h2 id="fields-heading" className="panel__title">
                {t('dictionary.editor.fieldsHeading')}
                <span className="panel__count">{content.fields.length}</span>
              </h2>
              <p className="panel__hint">{t('dictionary.editor.fieldsHint')}</p>
            </div>
            <ol className="field-cards" data-testid="type-fields">
              {content.fields.map((field, index) => {
                const fieldIssues = issuesOf(index);
                return (
                  <li key={fieldIds[index] ?? `extra-${index}`} className="field-card" data-testid="type-field" data-name={field.name} data-invalid={fieldIssues.length > 0 ? 'true' : 'false'}>
                    <div className="field-card__row">
                      <span className="field-card__number">{index + 1}</span>
                      <label className="dictionary-option">
                        <span>{t('dictionary.editor.name')}</span>
                        <input
                          className="form-field__input"
                          value={field.name}
                          disabled={readOnly}
                          spellCheck={false}
                          onChange={(event) => changeField(index, { ...field, name: event.target.value })}
                          data-testid="type-field-name"
                        />
                      </label>
                      <label className="dictionary-option">
                        <span>{t('dictionary.editor.kind')}</span>
                        <select
                          className="form-field__input"
                          value={field.kind}
                          disabled={readOnly}
                          onChange={(event) => changeField(index, changeFieldKind(field, event.target.value as EditableKind))}
                          data-testid="type-field-kind"
                        >
                          {FIELD_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {t(`dictionary.kind.${kind}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                      {(['en', 'zh-CN'] as const).map((language) => (
                        <label key={language} className="dictionary-option">
                          <span>{language === 'en' ? t('dictionary.editor.labelEn') : t('dictionary.editor.labelZh')}</span>
                          <input
                            className="form-field__input"
                            value={field.label?.[language] ?? ''}
                            disabled={readOnly}
                            onChange={(event) => changeField(index, { ...field, label: { ...field.label, [language]: event.target.value } })}
                            data-testid={`type-field-label-${language}`}
                          />
                        </label>
                      ))}
                      <div className="field-card__flags">
                        {(['required', 'unique', 'regulated'] as const).map((flag) => (
                          <label key={flag} className="field-card__flag">
                            <input
                              type="checkbox"
                              checked={field[flag] === true}
                              disabled={readOnly}
                              onChange={(event) => {
                                const { [flag]: _old, ...rest } = field;
                                changeField(index, (event.target.checked ? { ...rest, [flag]: true } : rest) as FieldDefinition);
                              }}
                              data-testid={`type-field-${flag}`}
                            />
                            {t(`dictionary.editor.flag.${flag}`)}
                          </label>
                        ))}
                      </div>
                      {canEdit && (
                        <div className="field-card__actions">
                          <button type="button" className="button button--ghost button--small" disabled={busy || index === 0} onClick={() => move(index, -1)} aria-label={t('dictionary.editor.moveUp', { name: field.name })}>
                            ↑
                          </button>
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            disabled={busy || index === content.fields.length - 1}
                            onClick={() => move(index, 1)}
                            aria-label={t('dictionary.editor.moveDown', { name: field.name })}
                          >
                            ↓
                          </button>
                          <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => removeField(index)} data-testid="type-field-remove">
                            {t('dictionary.editor.remove')}
                          </button>
                        </div>
                      )}
                    </div>
                    <details className="field-card__details" open={fieldIssues.length > 0 || undefined}>
                      <summary>{t('dictionary.editor.options')}</summary>
                      <FieldOptions field={field} index={index} t={t} locale={locale} disabled={readOnly} typeKeys={typeKeys} onChange={(next) => changeField(index, next)} />
                      <div className="dictionary-options">
                        {(['en', 'zh-CN'] as const).map((language) => (
                          <label key={language} className="dictionary-option dictionary-option--wide">
                            <span>{language === 'en' ? t('dictionary.editor.helpEn') : t('dictionary.editor.helpZh')}</span>
                            <input
                              className="form-field__input"
                              value={field.help?.[language] ?? ''}
                              disabled={readOnly}
                              onChange={(event) => {
                                const help = { en: field.help?.en ?? '', 'zh-CN': field.help?.['zh-CN'] ?? '', [language]: event.target.value };
                                const { help: _old, ...rest } = field;
                                changeField(index, (help.en === '' && help['zh-CN'] === '' ? rest : { ...rest, help }) as FieldDefinition);
                              }}
                            />
                          </label>
                        ))}
                      </div>
                    </details>
                    {fieldIssues.length > 0 && (
                      <ul className="record-form__errors">
                        {fieldIssues.map((issue, at) => (
                          <li key={at} className="form-field__error" data-testid="type-issue" data-pointer={issue.pointer}>
                            <code>{issue.pointer.slice(`/fields/${index}`.length) || '/'}</code> {issue.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
            {canEdit && (
              <button type="button" className="button button--secondary" onClick={addField} disabled={busy} data-testid="type-field-add">
                {t('dictionary.editor.addField')}
              </button>
            )}
          </section>
        </div>

        <aside className="type-editor__side">
          <section className="panel" aria-labelledby="issues-heading">
            <h2 id="issues-heading" className="panel__title">
              {t('dictionary.editor.issuesHeading')}
              <span className="panel__count" data-testid="type-issue-count">
                {issues.length}
              </span>
            </h2>
            <p className="panel__hint">{issues.length === 0 ? t('dictionary.editor.noIssues') : t('dictionary.editor.issuesHint')}</p>
          </section>
          <section className="panel" aria-labelledby="versions-heading">
            <h2 id="versions-heading" className="panel__title">
              {t('dictionary.editor.versionsHeading')}
            </h2>
            {versions.length === 0 ? (
              <p className="panel__hint">{t('dictionary.editor.noVersions')}</p>
            ) : (
              <ol className="version-list" data-testid="type-versions">
                {versions.map((version) => (
                  <li key={version.version} className="version-list__item" data-testid="type-version" data-version={version.version} data-status={version.status}>
                    <div className="version-list__header">
                      <span className="version-list__number">{version.version === 0 ? t('dictionary.editor.draftLabel') : t('dictionary.editor.versionLabel', { version: version.version })}</span>
                      <StatusBadge tone={STATUS_TONE[version.status]}>{t(`dictionary.editor.status.${version.status}`)}</StatusBadge>
                    </div>
                    <p className="version-list__meta">
                      {t('dictionary.editor.by', { who: version.publishedBy ?? version.createdBy, when: formatDateTime(version.publishedAt ?? version.createdAt, locale) })}
                    </p>
                    {version.reason !== null && <p className="version-list__reason">{version.reason}</p>}
                    {version.basedOnVersion !== null && <p className="version-list__meta">{t('dictionary.editor.basedOn', { version: version.basedOnVersion })}</p>}
                    <div className="version-list__actions">
                      <button type="button" className="button button--secondary button--small" onClick={() => onOpenVersion(version.version)} disabled={busy}>
                        {t('dictionary.editor.open')}
                      </button>
                      {canEdit && version.status === 'superseded' && (
                        <button type="button" className="button button--secondary button--small" onClick={() => setReview({ kind: 'rollback', version: version.version })} disabled={busy} data-testid="type-rollback">
                          {t('dictionary.editor.rollback')}
                        </button>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>

      {review !== null && (
        <div className="type-review" role="dialog" aria-modal="true" aria-labelledby="type-review-title" data-testid="type-review">
          <form
            className="type-review__panel"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim().length >= REASON_MIN_LENGTH) onConfirm();
            }}
          >
            <h2 id="type-review-title" className="panel__title">
              {review.kind === 'publish' ? t('dictionary.review.publishTitle', { version: (published?.version ?? 0) + 1 }) : t('dictionary.review.rollbackTitle', { version: review.version })}
            </h2>
            {review.kind === 'publish' &&
              (published === null ? (
                <p className="panel__hint">{t('dictionary.review.firstVersion')}</p>
              ) : (
                <>
                  <p className="panel__hint">{t('dictionary.review.diffIntro', { version: published.version, count: review.changes.length })}</p>
                  <ul className="type-diff" data-testid="type-diff">
                    {review.changes.map((typeChange, index) => {
                      const described = describeTypeChange(typeChange, { before: published.content, after: content }, { field: t('dictionary.review.field'), type: t('dictionary.review.type') }, locale);
                      return (
                        <li key={index} className={`type-diff__item type-diff__item--${typeChange.op}`} data-testid="type-diff-change" data-op={typeChange.op} data-path={typeChange.path}>
                          <span className="type-diff__op">{t(`dictionary.review.op.${typeChange.op}`)}</span>
                          <span className="type-diff__subject">{described.subject}</span>
                          {described.part !== '' && <code className="type-diff__part">{described.part}</code>}
                          {(described.before !== undefined || described.after !== undefined) && (
                            <span className="type-diff__values">
                              {described.before !== undefined && <del>{shorten(described.before)}</del>}
                              {described.before !== undefined && described.after !== undefined && ' → '}
                              {described.after !== undefined && <ins>{shorten(described.after)}</ins>}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ))}
            <label htmlFor="type-review-reason" className="form-field__label">
              {t('dictionary.review.reason')}
            </label>
            <textarea
              id="type-review-reason"
              className="form-field__input"
              rows={3}
              maxLength={2000}
              value={reason}
              autoFocus
              onChange={(event) => setReason(event.target.value)}
              data-testid="type-review-reason"
            />
            <p className="form-field__hint">{t('dictionary.review.reasonHint')}</p>
            <div className="reason-dialog__actions">
              <button type="button" className="button button--secondary" onClick={() => setReview(null)} disabled={busy}>
                {t('dictionary.review.cancel')}
              </button>
              <button type="submit" className="button button--primary" disabled={busy || reason.trim().length < REASON_MIN_LENGTH} data-testid="type-review-confirm">
                {review.kind === 'publish' ? t('dictionary.review.publish') : t('dictionary.review.rollback')}
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
