import { Callout } from '../../../shared/components/callout';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';

/** What someone without the operations role sees instead of the view. */
export async function OperationsForbidden() {
  const { t } = await getRequestTranslator();
  return (
    <Callout tone="critical" title={t('operations.forbidden.title')} testId="operations-forbidden">
      <p>{t('operations.forbidden.detail')}</p>
    </Callout>
  );
}
