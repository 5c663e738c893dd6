import Link from 'next/link';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { InstanceFilters as Filters } from '../utils/read-instance-filters';

/** A plain GET form: the filters live in the address, so a filtered list can be shared and works without JavaScript. */
export async function InstanceFilters({ filters }: { readonly filters: Filters }) {
  const { t } = await getRequestTranslator();
  const filtered = filters.processKey !== undefined || filters.businessKey !== undefined;
  return (
    <form className="operations-filters" method="get" action="/operations" aria-label={t('operations.filters.label')} data-testid="operations-filter-form">
      <label className="form-field">
        <span className="form-field__label">{t('operations.filters.processKey')}</span>
        <input
          className="form-field__input"
          name="processKey"
          defaultValue={filters.processKey ?? ''}
          placeholder={t('operations.filters.processKeyHint')}
          pattern="[A-Za-z_][A-Za-z0-9_.\-]*"
          maxLength={255}
          data-testid="operations-filter-process-key"
        />
      </label>
      <label className="form-field">
        <span className="form-field__label">{t('operations.filters.businessKey')}</span>
        <input
          className="form-field__input"
          name="businessKey"
          defaultValue={filters.businessKey ?? ''}
          placeholder={t('operations.filters.businessKeyHint')}
          maxLength={255}
          data-testid="operations-filter-business-key"
        />
      </label>
      <div className="operations-filters__actions">
        <button type="submit" className="button button--primary" data-testid="operations-filter-submit">
          {t('operations.filters.apply')}
        </button>
        {filtered && (
          <Link href="/operations" className="button button--ghost" data-testid="operations-filter-clear">
            {t('operations.filters.clear')}
          </Link>
        )}
      </div>
    </form>
  );
}
