'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import type { ElementTemplate } from '../api/element-template.shape';
import { filterStepTemplates } from '../utils/filter-step-templates';

interface StepChooserProps {
  /** The task the step is for, as the analyst knows it: its name, else its id. */
  readonly elementLabel: string;
  /** The templates that apply to the task. */
  readonly templates: readonly ElementTemplate[];
  readonly currentTemplateId: string | null;
  readonly locale: Locale;
  readonly t: Translate;
  onChoose(template: ElementTemplate): void;
  onCancel(): void;
}

/** Lists the low-code steps for a task, searchable, grouped by where they come from. */
export function StepChooser({ elementLabel, templates, currentTemplateId, locale, t, onChoose, onCancel }: StepChooserProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => filterStepTemplates(templates, query, locale), [templates, query, locale]);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="step-chooser"
      aria-labelledby="step-chooser-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid="designer-step-chooser"
    >
      <div className="step-chooser__head">
        <h2 id="step-chooser-title" className="step-chooser__title">
          {t('designer.steps.title', { element: elementLabel })}
        </h2>
        <p className="step-chooser__intro">{t('designer.steps.intro')}</p>
        <label htmlFor="step-chooser-search" className="form-field__label">
          {t('designer.steps.search')}
        </label>
        <input
          id="step-chooser-search"
          type="search"
          className="form-field__input"
          placeholder={t('designer.steps.searchHint')}
          autoFocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="designer-step-search"
        />
      </div>
      <div className="step-chooser__list">
        {groups.length === 0 && <p className="designer-side__empty">{t('designer.steps.none', { query })}</p>}
        {groups.map((group) => (
          <section key={group.source} className="step-chooser__group" aria-label={t(`designer.steps.source.${group.source}`)}>
            <h3 className="step-chooser__group-title">{t(`designer.steps.source.${group.source}`)}</h3>
            <ul className="step-chooser__choices">
              {group.choices.map((choice) => (
                <li key={`${choice.template.id}@${choice.template.version}`}>
                  <button
                    type="button"
                    className="step-chooser__choice"
                    onClick={() => onChoose(choice.template)}
                    data-testid="designer-step"
                    data-template-id={choice.template.id}
                  >
                    <span className="step-chooser__name">
                      {choice.name}
                      {choice.template.id === currentTemplateId && <span className="step-chooser__in-use">{t('designer.steps.inUse')}</span>}
                    </span>
                    <span className="step-chooser__description">{choice.description}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="step-chooser__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('designer.steps.cancel')}
        </button>
      </div>
    </dialog>
  );
}
