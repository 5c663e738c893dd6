/**
 * Traceability over a million ledger rows: seeds a realistic genealogy (supplier lots received as
 * component lots, each feeding four work orders; each work order consuming twelve component lots
 * and making one finished lot, moved to stock and shipped to five consignees), then times the
 * recall drill the api answers — a 5-level backward trace from a finished lot plus a 5-level
 * forward trace from a supplier lot — against, in the same run, the same walk done one query per
 * node (as an ORM would) and the recursive query without its indexes.
 *
 *   npm run bench:trace                                                      # SQLite
 *   LOTFLOW_BENCH_MYSQL_URL=mysql://root@127.0.0.1:3306 npm run bench:trace  # MySQL / MariaDB
 *
 * Target: the 95th percentile of backward + forward under 50 ms. Exits 1 when it misses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { prepareMysqlDatabases } from '../../test/support/mysql-databases.js';
import { openDatabase } from '../src/database/data-source.js';
import { recursiveTraceSql, TraceService } from '../src/modules/traceability/trace.service.js';

const LEDGER_ROWS = Number(process.env.LOTFLOW_BENCH_LEDGER_ROWS ?? 1_000_000);
const SAMPLES = Number(process.env.LOTFLOW_BENCH_SAMPLES ?? 200);
const UNINDEXED_SAMPLES = Number(process.env.LOTFLOW_BENCH_UNINDEXED_SAMPLES ?? 3);
const TARGET_P95_MS = 50;
const BATCH = 1000;

const COMPONENTS = ['RM-TUBE-PVC-106', 'CP-DRIP-6ML', 'CP-SPIKE-AV', 'CP-FILTER-15', 'CP-CLAMP-RL', 'CP-YSITE', 'CP-LUER-ML', 'CP-CAP-PROT', 'PK-POUCH', 'PK-LABEL', 'PK-IFU', 'PK-CARTON'];
const SUPPLIERS = ['SUP-TUBE-01', 'SUP-MOLD-01', 'SUP-MOLD-01', 'SUP-FILT-01', 'SUP-MOLD-01', 'SUP-MOLD-01', 'SUP-MOLD-01', 'SUP-MOLD-01', 'SUP-PACK-01', 'SUP-LABEL-01', 'SUP-LABEL-01', 'SUP-PACK-01'];
const WORK_ORDERS_PER_COMPONENT_LOT = 4;
const SHIPMENTS_PER_LOT = 5;
const CUSTOMERS = 200;
/** Ledger rows per work order: 12 issues, 1 output, a transfer (2), 5 shipments, and a quarter of 12 component lots' receipt + transfer (3 each). */
const ROWS_PER_WORK_ORDER = COMPONENTS.length + 1 + 2 + SHIPMENTS_PER_LOT + (COMPONENTS.length * 3) / WORK_ORDERS_PER_COMPONENT_LOT;

interface Figures {
  p50: number;
  p95: number;
  max: number;
}

function percentiles(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const componentLot = (material: number, index: number) => `CL-${pad(material, 2)}-${pad(index, 6)}`;
const supplierLot = (material: number, index: number) => `${SUPPLIERS[material]}/SL-${pad(material, 2)}-${pad(index, 6)}`;
const finishedLot = (workOrder: number) => `FL-${pad(workOrder, 6)}`;
const workOrderCode = (workOrder: number) => `WO-${pad(workOrder, 6)}`;
const shipmentCode = (workOrder: number, index: number) => `SH-${pad(workOrder, 6)}-${index}`;
const receiptCode = (index: number) => `GR-${pad(index, 6)}`;

/** Multi-row INSERTs of `BATCH` rows, each batch in its own transaction. */
class BatchInserter {
  private rows: unknown[][] = [];
  inserted = 0;
  constructor(
    private readonly dataSource: DataSource,
    private readonly table: string,
    private readonly columns: string[],
  ) {}

  async add(row: unknown[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const tuple = `(${this.columns.map(() => '?').join(', ')})`;
    await this.dataSource.query(`INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`, rows.flat());
    this.inserted += rows.length;
  }
}

async function seed(dataSource: DataSource): Promise<{ workOrders: number; componentLotsPerMaterial: number }> {
  const workOrders = Math.ceil(LEDGER_ROWS / ROWS_PER_WORK_ORDER);
  const componentLotsPerMaterial = Math.ceil(workOrders / WORK_ORDERS_PER_COMPONENT_LOT);
  // The text both drivers store a datetime(3) as (typeorm writes SQLite dates so, in UTC).
  const at = '2026-03-01 08:00:00.000';
  const posting = '00000000-0000-4000-8000-000000000000';
  const movements = new BatchInserter(dataSource, 'inventory_movement', ['posting_id', 'line', 'movement_type', 'material', 'lot', 'location', 'quantity_thousandths', 'document_type', 'document_code', 'posted_by', 'posted_at']);
  const links = new BatchInserter(dataSource, 'trace_link', ['from_node', 'to_node', 'relation', 'quantity_thousandths', 'posting_id', 'created_at']);
  const records = new BatchInserter(dataSource, 'record', ['id', 'type_key', 'type_version', 'code', 'record_values', 'revision', 'created_by', 'created_at', 'updated_by', 'updated_at']);
  let recordId = 0;
  const record = (typeKey: string, code: string, values: object) =>
    records.add([`00000000-0000-4000-9000-${pad(++recordId, 12)}`, typeKey, 1, code, JSON.stringify(values), 1, 'bench', at, 'bench', at]);
  const move = (type: string, material: string, lot: string, location: string, thousandths: number, document?: [string, string]) =>
    movements.add([posting, 1, type, material, lot, location, thousandths, document?.[0] ?? null, document?.[1] ?? null, 'bench', at]);
  const link = (from: string, to: string, relation: string, thousandths: number | null) => links.add([from, to, relation, thousandths, posting, at]);

  const started = performance.now();
  for (let index = 0; index < componentLotsPerMaterial; index += 1) {
    const receipt = receiptCode(index);
    await record('receipt', receipt, { number: receipt, status: 'accepted' });
    for (const [material, code] of COMPONENTS.entries()) {
      const lot = componentLot(material, index);
      const [supplier, lotAtSupplier] = supplierLot(material, index).split('/') as [string, string];
      await record('lot', lot, { lotNumber: lot, material: code, status: 'released', quantity: 20000, supplier, supplierLot: lotAtSupplier, receipt, expiresOn: '2031-02-18' });
      await move('receipt', code, lot, 'RECEIVING', 20_000_000, ['receipt', receipt]);
      await move('transfer', code, lot, 'RECEIVING', -20_000_000);
      await move('transfer', code, lot, 'RAW-STOCK', 20_000_000);
      await link(`supplier:${supplier}`, `supplier-lot:${supplier}/${lotAtSupplier}`, 'supplied', null);
      await link(`supplier-lot:${supplier}/${lotAtSupplier}`, `lot:${lot}`, 'received-as', 20_000_000);
      await link(`receipt:${receipt}`, `lot:${lot}`, 'received-on', 20_000_000);
    }
  }
  for (let workOrder = 0; workOrder < workOrders; workOrder += 1) {
    const wo = workOrderCode(workOrder);
    const finished = finishedLot(workOrder);
    await record('work-order', wo, { number: wo, material: 'FG-IVS-20D', status: 'completed', quantityPlanned: 5000 });
    await record('lot', finished, { lotNumber: finished, material: 'FG-IVS-20D', status: 'released', quantity: 5000, workOrder: wo, expiresOn: '2029-03-01' });
    for (const [material, code] of COMPONENTS.entries()) {
      const lot = componentLot(material, Math.floor(workOrder / WORK_ORDERS_PER_COMPONENT_LOT));
      await move('issue', code, lot, 'RAW-STOCK', -5_000_000, ['work-order', wo]);
      await link(`lot:${lot}`, `work-order:${wo}`, 'consumed-by', 5_000_000);
    }
    await move('production-output', 'FG-IVS-20D', finished, 'FG-QUARANTINE', 5_000_000, ['work-order', wo]);
    await link(`work-order:${wo}`, `lot:${finished}`, 'produced', 5_000_000);
    await move('transfer', 'FG-IVS-20D', finished, 'FG-QUARANTINE', -5_000_000);
    await move('transfer', 'FG-IVS-20D', finished, 'FG-STOCK', 5_000_000);
    for (let index = 0; index < SHIPMENTS_PER_LOT; index += 1) {
      const shipment = shipmentCode(workOrder, index);
      const customer = `CUS-${pad((workOrder * SHIPMENTS_PER_LOT + index) % CUSTOMERS, 4)}`;
      await record('shipment', shipment, { number: shipment, customer, status: 'shipped' });
      await move('shipment', 'FG-IVS-20D', finished, 'FG-STOCK', -1_000_000, ['shipment', shipment]);
      await link(`lot:${finished}`, `shipment:${shipment}`, 'shipped-in', 1_000_000);
      await link(`shipment:${shipment}`, `customer:${customer}`, 'delivered-to', null);
    }
    if (workOrder % 5000 === 0 && workOrder > 0) {
      console.log(`  … ${movements.inserted.toLocaleString('en')} ledger rows, ${links.inserted.toLocaleString('en')} trace links (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  await Promise.all([movements.flush(), links.flush(), records.flush()]);
  console.log(
    `Seeded ${movements.inserted.toLocaleString('en')} ledger rows, ${links.inserted.toLocaleString('en')} trace links and ${records.inserted.toLocaleString('en')} records ` +
      `(${workOrders.toLocaleString('en')} work orders, ${(componentLotsPerMaterial * COMPONENTS.length).toLocaleString('en')} component lots) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return { workOrders, componentLotsPerMaterial };
}

/** The walk an ORM does: one query per node, level by level. */
async function tracePerNode(dataSource: DataSource, start: string, direction: 'backward' | 'forward', depth: number): Promise<number> {
  const [near, far] = direction === 'backward' ? ['to_node', 'from_node'] : ['from_node', 'to_node'];
  const seen = new Set([start]);
  let frontier = [start];
  let edges = 0;
  for (let level = 0; level < depth && frontier.length > 0; level += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      const rows: Array<Record<string, string>> = await dataSource.query(`SELECT from_node, to_node, relation, quantity_thousandths FROM trace_link WHERE ${near} = ?`, [node]);
      edges += rows.length;
      for (const row of rows) {
        const reached = row[far]!;
        if (!seen.has(reached)) {
          seen.add(reached);
          next.push(reached);
        }
      }
    }
    frontier = next;
  }
  return seen.size;
}

async function main(): Promise<void> {
  const workDirectory = mkdtempSync(path.join(tmpdir(), 'lotflow-bench-trace-'));
  const mysqlUrl = process.env.LOTFLOW_BENCH_MYSQL_URL;
  const databaseUrl = mysqlUrl ? (await prepareMysqlDatabases(mysqlUrl, ['lotflow_bench_trace'])).lotflow_bench_trace! : `sqlite:${path.join(workDirectory, 'api.sqlite')}`;
  const { dataSource } = await openDatabase(databaseUrl);
  let missed = false;
  try {
    console.log(`Trace benchmark on ${mysqlUrl ? 'MySQL/MariaDB' : 'SQLite'}: seeding about ${LEDGER_ROWS.toLocaleString('en')} ledger rows…`);
    const { workOrders, componentLotsPerMaterial } = await seed(dataSource);
    if (mysqlUrl) await dataSource.query('ANALYZE TABLE trace_link, inventory_movement, record');
    else await dataSource.query('ANALYZE');

    const traces = new TraceService(dataSource);
    let state = 7;
    const random = (below: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % below;
    };
    const pick = () => {
      const workOrder = random(workOrders);
      const material = random(COMPONENTS.length);
      return { finished: finishedLot(workOrder), supplierLot: supplierLot(material, Math.floor(workOrder / WORK_ORDERS_PER_COMPONENT_LOT)) };
    };

    // The api's trace: one recursive query per direction, plus the records of the nodes it reached.
    const sizes = { backward: 0, forward: 0 };
    const apiTimes: number[] = [];
    const walkTimes: number[] = [];
    const perNodeTimes: number[] = [];
    for (let index = -10; index < SAMPLES; index += 1) {
      const { finished, supplierLot: fromSupplier } = pick();
      let started = performance.now();
      const backward = await traces.trace('lot', finished, { direction: 'backward', depth: 5 });
      const forward = await traces.trace('supplier-lot', fromSupplier, { direction: 'forward', depth: 5 });
      const apiTime = performance.now() - started;
      started = performance.now();
      await dataSource.query(recursiveTraceSql('backward'), [`lot:${finished}`, 5, 5]);
      await dataSource.query(recursiveTraceSql('forward'), [`supplier-lot:${fromSupplier}`, 5, 5]);
      const walkTime = performance.now() - started;
      started = performance.now();
      const perNodeBackward = await tracePerNode(dataSource, `lot:${finished}`, 'backward', 5);
      const perNodeForward = await tracePerNode(dataSource, `supplier-lot:${fromSupplier}`, 'forward', 5);
      const perNodeTime = performance.now() - started;
      if (perNodeBackward !== backward.nodes.length || perNodeForward !== forward.nodes.length) {
        throw new Error(`The two walks disagree: ${backward.nodes.length}/${forward.nodes.length} nodes by the recursive query, ${perNodeBackward}/${perNodeForward} one node at a time`);
      }
      if (index < 0) continue;
      sizes.backward = backward.nodes.length;
      sizes.forward = forward.nodes.length;
      apiTimes.push(apiTime);
      walkTimes.push(walkTime);
      perNodeTimes.push(perNodeTime);
    }

    // The same recursive query once its indexes are gone: every step reads the whole table.
    const unindexedTimes: number[] = [];
    if (UNINDEXED_SAMPLES > 0) {
      for (const index of ['ix_trace_link_from', 'ix_trace_link_to']) await dataSource.query(mysqlUrl ? `DROP INDEX ${index} ON trace_link` : `DROP INDEX ${index}`);
      for (let index = 0; index < UNINDEXED_SAMPLES; index += 1) {
        const { finished, supplierLot: fromSupplier } = pick();
        const started = performance.now();
        await traces.trace('lot', finished, { direction: 'backward', depth: 5 });
        await traces.trace('supplier-lot', fromSupplier, { direction: 'forward', depth: 5 });
        unindexedTimes.push(performance.now() - started);
      }
    }

    const apiFigures = percentiles(apiTimes);
    const format = (figures: Figures) => `p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, max ${figures.max.toFixed(1)} ms`;
    console.log(`\nA recall drill: backward from a finished lot (${sizes.backward} nodes) + forward from a supplier lot (${sizes.forward} nodes), depth 5, ${SAMPLES} samples`);
    console.log(`  recursive query with covering indexes (the api)   ${format(apiFigures)}`);
    console.log(`  the two recursive queries alone (no records)      ${format(percentiles(walkTimes))}`);
    console.log(`  one query per node, same indexes (baseline)       ${format(percentiles(perNodeTimes))}`);
    if (unindexedTimes.length > 0) console.log(`  recursive query without its indexes (baseline)    ${format(percentiles(unindexedTimes))} (${unindexedTimes.length} samples)`);
    console.log(`  component lots per material ${componentLotsPerMaterial.toLocaleString('en')}, each in ${WORK_ORDERS_PER_COMPONENT_LOT} work orders; ${SHIPMENTS_PER_LOT} shipments per finished lot`);
    missed = apiFigures.p95 >= TARGET_P95_MS;
    console.log(missed ? `MISSED: p95 ${apiFigures.p95.toFixed(1)} ms is not under ${TARGET_P95_MS} ms` : `OK: p95 under ${TARGET_P95_MS} ms`);
  } finally {
    await dataSource.destroy();
    rmSync(workDirectory, { recursive: true, force: true });
  }
  if (missed) process.exitCode = 1;
}

await main();
