import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { LOCALE_AUTONYMS, SUPPORTED_LOCALES } from '../../../shared/i18n/locales';
import { setLocale } from '../actions/set-locale.action';

/** A plain form, so switching works before (or without) JavaScript on the page. */
export async function LanguageSwitch() {
  const { t, locale: currentLocale } = await getRequestTranslator();
  return (
    <form action={setLocale} className="language-switch" data-testid="language-switch">
      <div className="language-switch__options" role="group" aria-label={t('language.label')}>
        {SUPPORTED_LOCALES.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === currentLocale}
            className="language-switch__option"
            data-testid={`language-option-${locale}`}
          >
            {LOCALE_AUTONYMS[locale]}
          </button>
        ))}
      </div>
    </form>
  );
}
