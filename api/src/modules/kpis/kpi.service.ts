import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '../../http/lotflow-error.js';
import { InventoryMovementEntity } from '../inventory/inventory.entity.js';
import { fromThousandths } from '../inventory/utils/from-thousandths.util.js';
import { todayInTimeZone } from '../inventory/utils/today-in-time-zone.util.js';
import { RecordEntity } from '../records/record.entity.js';
import { computeKpis, kpiRecordsFor, type KpiDashboard, type KpiPeriodRecords } from './compute-kpis.js';
import { kpiDefinitions, type KpiRecord, type KpiSource } from './kpi-definitions.js';
import type { KpiBucket, KpiPeriod } from './kpi-periods.js';

/** The dictionary types the KPIs read; the pack's names. */
const recordTypes = ['purchase-order', 'receipt', 'work-order', 'nonconformance-report', 'inspection-lot', 'shipment', 'lot'] as const;
const finishedGoodCategory = 'finished-good';

/**
 * The six KPIs of the dashboard, computed from the records and the ledger as they are now. A
 * record is dated by its own date fields (the plant day a receipt arrived, a work order was planned
 * to finish, a shipment left); a ledger row by the date of the document it was posted against, and
 * only without one by the time it was posted — so a history loaded later lands on its own days.
 */
export class KpiService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
  ) {}

  today(): string {
    return todayInTimeZone(this.timeZone);
  }

  async dashboard(range: { from: string; to: string; bucket: KpiBucket }): Promise<KpiDashboard> {
    return computeKpis(await this.source(), { ...range, asOf: this.today() });
  }

  async records(kpi: string, period: KpiPeriod): Promise<KpiPeriodRecords> {
    const definition = kpiDefinitions.find((candidate) => candidate.key === kpi);
    if (!definition) throw new NotFoundError(`The KPI '${kpi}'`, `The dashboard has ${kpiDefinitions.map((candidate) => candidate.key).join(', ')}.`);
    return kpiRecordsFor(await this.source(), definition, period, this.today());
  }

  private async source(): Promise<KpiSource> {
    const plantDay = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : todayInTimeZone(this.timeZone, new Date(value)));
    const stored = await this.dataSource.getRepository(RecordEntity).find({ where: { typeKey: In([...recordTypes, 'material']) }, select: { typeKey: true, code: true, values: true } });
    const records: Record<string, KpiRecord[]> = {};
    for (const record of stored) (records[record.typeKey] ??= []).push({ code: record.code, values: record.values });
    const finishedGoods = new Set((records.material ?? []).filter((material) => material.values.category === finishedGoodCategory).map((material) => material.code));
    const standardCosts = new Map(
      (records.material ?? []).flatMap((material) => (typeof material.values.standardCost === 'number' ? [[material.code, material.values.standardCost] as const] : [])),
    );
    const movements = await this.dataSource.getRepository(InventoryMovementEntity).find({
      select: { movementType: true, material: true, lot: true, quantityThousandths: true, documentType: true, documentCode: true, postedAt: true },
    });
    const documentDay = new Map<string, string>();
    const dated = (type: string, code: string, value: unknown) => {
      if (typeof value === 'string' && value !== '') documentDay.set(`${type}:${code}`, plantDay(value));
    };
    for (const receipt of records.receipt ?? []) dated('receipt', receipt.code, receipt.values.receivedAt);
    for (const workOrder of records['work-order'] ?? []) dated('work-order', workOrder.code, workOrder.values.plannedFinishOn ?? workOrder.values.plannedStartOn);
    for (const shipment of records.shipment ?? []) dated('shipment', shipment.code, shipment.values.shippedOn ?? shipment.values.plannedOn);
    for (const report of records['nonconformance-report'] ?? []) dated('nonconformance-report', report.code, report.values.reportedAt);
    return {
      records,
      finishedGoods,
      standardCosts,
      movements: movements.map((movement) => ({
        movementType: movement.movementType,
        material: movement.material,
        lot: movement.lot,
        quantity: fromThousandths(movement.quantityThousandths),
        documentType: movement.documentType,
        documentCode: movement.documentCode,
        day: documentDay.get(`${movement.documentType}:${movement.documentCode}`) ?? todayInTimeZone(this.timeZone, movement.postedAt),
      })),
      plantDay,
    };
  }
}
