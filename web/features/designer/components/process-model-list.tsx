import Link from 'next/link';
import type { ApiResult } from '../../../shared/api/api-client';
import { Callout } from '../../../shared/components/callout';
import { StatusBadge } from '../../../shared/components/status-badge';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { ProcessModelSummary } from '../api/process-model.shape';
import { describeApiFailure } from '../utils/describe-api-failure';
import { isProcessModelKey } from '../utils/is-process-model-key';
import { NewProcessForm } from './new-process-form';

/** What the list needs of a process deployed on the engine. */
export interface DeployedDefinition {
  readonly key: string;
  readonly name: string;
  readonly version: number;
}

interface ProcessModelListProps {
  readonly models: ApiResult<readonly ProcessModelSummary[]>;
  readonly deployed: ApiResult<readonly DeployedDefinition[]>;
  readonly canEdit: boolean;
}

const NOT_AVAILABLE = '—';

export async function ProcessModelList({ models, deployed, canEdit }: ProcessModelListProps) {
  const { t, locale } = await getRequestTranslator();
  const modelKeys = models.outcome === 'ok' ? models.data.map((model) => model.key) : [];

  return (
    <>
      {!canEdit && <Callout tone="neutral" title={t('designer.readOnly')} testId="designer-read-only" />}
      <section className="panel" aria-labelledby="models-heading">
        <div className="panel__header">
          <h2 id="models-heading" className="panel__title">
            {t('designer.models.heading')}
            {models.outcome === 'ok' && models.data.length > 0 && <span className="panel__count">{models.data.length}</span>}
          </h2>
        </div>
        {models.outcome !== 'ok' ? (
          <Callout tone="critical" title={t('designer.models.error.title')} testId="designer-models-error">
            <p>{describeApiFailure(models, t)}</p>
          </Callout>
        ) : models.data.length === 0 ? (
          <Callout tone="neutral" title={t('designer.models.empty.title')} testId="designer-models-empty">
            <p>{t('designer.models.empty.hint')}</p>
          </Callout>
        ) : (
          <div className="table-scroller">
            <table className="data-table" data-testid="designer-models">
              <caption className="visually-hidden">{t('designer.models.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('designer.models.column.key')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('designer.models.column.latest')}
                  </th>
                  <th scope="col">{t('designer.models.column.publishedAt')}</th>
                  <th scope="col">{t('designer.models.column.draft')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('designer.models.open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {models.data.map((model) => (
                  <tr key={model.key} data-testid="designer-model-row" data-key={model.key}>
                    <th scope="row" className="data-table__name">
                      <Link href={`/designer/${model.key}`} className="data-table__link">
                        <code>{model.key}</code>
                      </Link>
                    </th>
                    <td className="data-table__numeric">
                      {model.latestVersion === null ? <span className="muted">{t('designer.models.notPublished')}</span> : model.latestVersion}
                    </td>
                    <td>
                      {model.latestPublishedAt === null ? (
                        NOT_AVAILABLE
                      ) : (
                        <time dateTime={model.latestPublishedAt}>{formatDateTime(model.latestPublishedAt, locale)}</time>
                      )}
                    </td>
                    <td>
                      {model.hasDraft ? (
                        <StatusBadge tone="warning">{t('designer.models.draft.yes')}</StatusBadge>
                      ) : (
                        <span className="muted">{t('designer.models.draft.no')}</span>
                      )}
                    </td>
                    <td className="data-table__action">
                      <Link href={`/designer/${model.key}`} className="button button--secondary button--small">
                        {t('designer.models.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canEdit && (
          <div className="panel__footer">
            <h3 className="panel__subtitle">{t('designer.new.heading')}</h3>
            <NewProcessForm
              existingKeys={modelKeys}
              labels={{
                heading: t('designer.new.heading'),
                key: t('designer.new.key'),
                keyHint: t('designer.new.keyHint'),
                keyInvalid: t('designer.new.keyInvalid'),
                keyTaken: t('designer.new.keyTaken'),
                submit: t('designer.new.submit'),
              }}
            />
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="deployed-heading">
        <div className="panel__header">
          <h2 id="deployed-heading" className="panel__title">
            {t('designer.deployed.heading')}
          </h2>
          <p className="panel__hint">{t('designer.deployed.hint')}</p>
        </div>
        {deployed.outcome !== 'ok' ? (
          <Callout tone="critical" title={t('designer.deployed.error.title')} testId="designer-deployed-error">
            <p>{describeApiFailure(deployed, t)}</p>
          </Callout>
        ) : (
          <div className="table-scroller">
            <table className="data-table" data-testid="designer-deployed">
              <caption className="visually-hidden">{t('designer.deployed.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('designer.deployed.column.name')}</th>
                  <th scope="col">{t('designer.deployed.column.key')}</th>
                  <th scope="col" className="data-table__numeric">
                    {t('designer.deployed.column.version')}
                  </th>
                  <th scope="col">{t('designer.deployed.column.model')}</th>
                </tr>
              </thead>
              <tbody>
                {deployed.data.map((process) => (
                  <tr key={process.key} data-testid="designer-deployed-row" data-key={process.key}>
                    <th scope="row" className="data-table__name">
                      {process.name}
                    </th>
                    <td>
                      <code>{process.key}</code>
                    </td>
                    <td className="data-table__numeric">{process.version}</td>
                    <td>
                      {!isProcessModelKey(process.key) ? (
                        <span className="muted">{t('designer.deployed.invalidKey')}</span>
                      ) : (
                        <Link href={`/designer/${process.key}`} className="button button--secondary button--small" data-testid="designer-deployed-open">
                          {modelKeys.includes(process.key) ? t('designer.deployed.hasModel') : t('designer.deployed.createModel')}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
