import Link from 'next/link';
import { StatusBadge } from '../../../shared/components/status-badge';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import type { RecallDrill } from '../api/trace.shape';
import { statusTone } from '../utils/status-tone';
import { recordHref, traceHref } from '../utils/trace-node-types';

/** The recall drill as tables: the consignees to notify, the lots to recall and every shipment line. */
export async function RecallDrillTables({ drill, statusLabels }: { readonly drill: RecallDrill; readonly statusLabels: Readonly<Record<string, string>> }) {
  const { locale, t } = await getRequestTranslator();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (
    <>
      <section className="panel" aria-labelledby="recall-consignees" data-testid="recall-consignees">
        <div className="panel__header">
          <h2 id="recall-consignees" className="panel__title">
            {t('trace.recall.consignees')} <span className="panel__count">{drill.consignees.length}</span>
          </h2>
        </div>
        {drill.consignees.length === 0 ? (
          <p className="muted">{t('trace.recall.noConsignees')}</p>
        ) : (
          <div className="table-scroller">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('trace.recall.column.consignee')}</th>
                  <th scope="col">{t('trace.recall.column.country')}</th>
                  <th scope="col">{t('trace.recall.column.address')}</th>
                  <th scope="col">{t('trace.recall.column.shipments')}</th>
                  <th scope="col">{t('trace.recall.column.lots')}</th>
                  <th scope="col" className="trace-number">
                    {t('trace.recall.column.quantity')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {drill.consignees.map((consignee) => (
                  <tr key={consignee.code} data-testid="recall-consignee" data-code={consignee.code}>
                    <td>
                      <Link className="data-table__link" href={recordHref('customer', consignee.code)}>
                        {(locale === 'zh-CN' && consignee.nameZh) || consignee.name || consignee.code}
                      </Link>
                      <div className="data-table__secondary">{consignee.code}</div>
                    </td>
                    <td>{consignee.country}</td>
                    <td>{consignee.shippingAddress}</td>
                    <td>{consignee.shipments.join(', ')}</td>
                    <td>{consignee.lots.join(', ')}</td>
                    <td className="trace-number">{number.format(consignee.quantity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="recall-lots" data-testid="recall-lots">
        <div className="panel__header">
          <h2 id="recall-lots" className="panel__title">
            {t('trace.recall.lots')} <span className="panel__count">{drill.affectedLots.length}</span>
          </h2>
        </div>
        {drill.affectedLots.length === 0 ? (
          <p className="muted">{t('trace.recall.noLots')}</p>
        ) : (
          <div className="table-scroller">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('trace.recall.column.lot')}</th>
                  <th scope="col">{t('trace.recall.column.material')}</th>
                  <th scope="col">{t('trace.recall.column.status')}</th>
                  <th scope="col">{t('trace.recall.column.workOrder')}</th>
                  <th scope="col">{t('trace.recall.column.expiresOn')}</th>
                  <th scope="col" className="trace-number">
                    {t('trace.recall.column.made')}
                  </th>
                  <th scope="col" className="trace-number">
                    {t('trace.recall.column.shipped')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {drill.affectedLots.map((lot) => (
                  <tr key={lot.lot} data-testid="recall-lot" data-code={lot.lot}>
                    <td>
                      <Link className="data-table__link" href={traceHref('lot', lot.lot)}>
                        {lot.lot}
                      </Link>
                    </td>
                    <td>{lot.material}</td>
                    <td>{lot.status && <StatusBadge tone={statusTone(lot.status)}>{statusLabels[lot.status] ?? lot.status}</StatusBadge>}</td>
                    <td>{lot.workOrder}</td>
                    <td>{lot.expiresOn}</td>
                    <td className="trace-number">{lot.quantity === null ? '' : number.format(lot.quantity)}</td>
                    <td className="trace-number">{number.format(lot.shipped)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="recall-lines" data-testid="recall-lines">
        <div className="panel__header">
          <h2 id="recall-lines" className="panel__title">
            {t('trace.recall.lines')} <span className="panel__count">{drill.lines.length}</span>
          </h2>
        </div>
        {drill.lines.length > 0 && (
          <div className="table-scroller">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('trace.recall.column.shipment')}</th>
                  <th scope="col">{t('trace.recall.column.shippedOn')}</th>
                  <th scope="col">{t('trace.recall.column.consignee')}</th>
                  <th scope="col">{t('trace.recall.column.lot')}</th>
                  <th scope="col" className="trace-number">
                    {t('trace.recall.column.quantity')}
                  </th>
                  <th scope="col">{t('trace.recall.column.udi')}</th>
                </tr>
              </thead>
              <tbody>
                {drill.lines.map((line) => (
                  <tr key={`${line.shipment}:${line.lot}:${line.udi}`} data-testid="recall-line" data-shipment={line.shipment} data-lot={line.lot}>
                    <td>
                      <Link className="data-table__link" href={recordHref('shipment', line.shipment)}>
                        {line.shipment}
                      </Link>
                    </td>
                    <td>{line.shippedOn}</td>
                    <td>{line.consignee}</td>
                    <td>{line.lot}</td>
                    <td className="trace-number">{number.format(line.quantity)}</td>
                    <td className="trace-udi">{line.udi}</td>
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
