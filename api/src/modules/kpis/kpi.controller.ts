import { Router } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { addDays, isPlantDay, parsePeriodKey, type KpiBucket } from './kpi-periods.js';
import type { KpiService } from './kpi.service.js';

const buckets: KpiBucket[] = ['week', 'month'];
/** Beyond this, a chart of weeks is unreadable and the computation slow. */
const maximumDays = 3 * 366;
const defaultDays: Record<KpiBucket, number> = { week: 18 * 7, month: 366 };

export function kpiRouter(kpis: KpiService): Router {
  const router = Router();

  router.get('/kpis', async (request, response) => {
    const bucket = (request.query.bucket ?? 'week') as KpiBucket;
    const to = request.query.to === undefined ? kpis.today() : String(request.query.to);
    const validBucket = buckets.includes(bucket);
    const from = request.query.from === undefined ? addDays(isPlantDay(to) ? to : kpis.today(), -(defaultDays[validBucket ? bucket : 'week'] - 1)) : String(request.query.from);
    const issues = [
      ...(validBucket ? [] : [{ pointer: '/bucket', message: `must be one of ${buckets.join(', ')}`, keyword: 'enum' }]),
      ...(isPlantDay(from) ? [] : [{ pointer: '/from', message: 'must be a date YYYY-MM-DD (a plant day)', keyword: 'format' }]),
      ...(isPlantDay(to) ? [] : [{ pointer: '/to', message: 'must be a date YYYY-MM-DD (a plant day)', keyword: 'format' }]),
    ];
    if (issues.length === 0 && from > to) issues.push({ pointer: '/from', message: `must be on or before to (${to})`, keyword: 'range' });
    if (issues.length === 0 && from < addDays(to, -maximumDays)) issues.push({ pointer: '/from', message: `must be at most three years before to: ${addDays(to, -maximumDays)} or later`, keyword: 'range' });
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json(await kpis.dashboard({ from, to, bucket }));
  });

  router.get('/kpis/:kpi/records', async (request, response) => {
    const period = parsePeriodKey(String(request.query.period ?? ''));
    if (!period) throw new RequestInvalidError([{ pointer: '/period', message: 'must be a week, named by its Monday (YYYY-MM-DD), or a month (YYYY-MM)', keyword: 'format' }], 'query');
    response.json(await kpis.records(String(request.params.kpi), period));
  });

  return router;
}
