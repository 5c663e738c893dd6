import { Callout } from '../../../shared/components/callout';
import type { Translate } from '../../../shared/i18n/create-translator';

/** What someone without the quality or data steward role sees instead of the checks. */
export function DataQualityForbidden({ t }: { readonly t: Translate }) {
  return (
    <Callout tone="critical" title={t('dataQuality.forbidden.title')} testId="data-quality-forbidden">
      <p>{t('dataQuality.forbidden.detail')}</p>
    </Callout>
  );
}
