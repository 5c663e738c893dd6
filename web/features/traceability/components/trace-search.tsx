import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';

/** A plain GET form: the search lives in the address, so a trace can be shared and works without JavaScript. */
export async function TraceSearch({ query }: { readonly query: string }) {
  const { t } = await getRequestTranslator();
  return (
    <form className="trace-search" method="get" action="/trace" role="search" aria-label={t('trace.search.label')} data-testid="trace-search">
      <label className="form-field trace-search__field">
        <span className="form-field__label">{t('trace.search.label')}</span>
        <input className="form-field__input" name="q" defaultValue={query} placeholder={t('trace.search.placeholder')} maxLength={200} required autoComplete="off" data-testid="trace-search-input" />
        <span className="form-field__hint">{t('trace.search.hint')}</span>
      </label>
      <button type="submit" className="button button--primary" data-testid="trace-search-submit">
        {t('trace.search.submit')}
      </button>
    </form>
  );
}
