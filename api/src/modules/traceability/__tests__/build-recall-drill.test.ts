import { describe, expect, it } from 'vitest';
import { buildRecallDrill } from '../build-recall-drill.js';
import type { TraceGraph, TraceNodeView } from '../trace.service.js';

const node = (type: string, code: string, depth: number, values?: Record<string, unknown>): TraceNodeView => ({
  id: `${type}:${code}`,
  type,
  code,
  depth,
  side: depth === 0 ? 'start' : 'forward',
  ...(values ? { record: { typeKey: type, values, revision: 1 } } : {}),
});

// A tubing supplier lot received as one lot, consumed by one work order that made FG-1; FG-1 went out in two shipments.
const graph: TraceGraph = {
  start: 'supplier-lot:SUP-TUBE-01/LH-1',
  direction: 'forward',
  depth: 10,
  nodes: [
    node('supplier-lot', 'SUP-TUBE-01/LH-1', 0),
    node('lot', 'TUBE-1', 1, { material: 'RM-TUBE-PVC-106', status: 'released', quantity: 9000 }),
    node('work-order', 'WO-1', 2, { material: 'FG-IVS-20D' }),
    node('lot', 'FG-1', 3, { material: 'FG-IVS-20D', status: 'released', quantity: 2500, workOrder: 'WO-1', expiresOn: '2029-08-10', manufacturedOn: '2026-08-11' }),
    node('shipment', 'SH-2', 4, { customer: 'CUS-EU', shippedOn: '2026-09-02', carrier: 'DHL', lines: [{ material: 'FG-IVS-20D', lot: 'FG-1', quantity: 500, udi: '(01)06901234000016(10)FG-1' }, { material: 'FG-IVS-20D', lot: 'OTHER', quantity: 700, udi: 'x' }] }),
    node('shipment', 'SH-1', 4, { customer: 'CUS-CN', shippedOn: '2026-08-20', lines: [{ material: 'FG-IVS-20D', lot: 'FG-1', quantity: 2000, udi: '(01)06901234000016(10)FG-1' }] }),
    node('customer', 'CUS-CN', 5, { name: 'Kangning', nameZh: '上海康宁', country: 'CN', shippingAddress: 'Minhang, Shanghai' }),
    node('customer', 'CUS-EU', 5, { name: 'Rhein-Maas', country: 'DE' }),
  ],
  edges: [
    { from: 'supplier-lot:SUP-TUBE-01/LH-1', to: 'lot:TUBE-1', relation: 'received-as', quantity: 9000 },
    { from: 'lot:TUBE-1', to: 'work-order:WO-1', relation: 'consumed-by', quantity: 4000 },
    { from: 'work-order:WO-1', to: 'lot:FG-1', relation: 'produced', quantity: 2500 },
    { from: 'lot:FG-1', to: 'shipment:SH-1', relation: 'shipped-in', quantity: 2000 },
    { from: 'lot:FG-1', to: 'shipment:SH-2', relation: 'shipped-in', quantity: 500 },
    { from: 'shipment:SH-1', to: 'customer:CUS-CN', relation: 'delivered-to', quantity: null },
    { from: 'shipment:SH-2', to: 'customer:CUS-EU', relation: 'delivered-to', quantity: null },
  ],
};

describe('the recall drill', () => {
  it('lists the lots made from the start, every shipment line of them and every consignee', () => {
    const drill = buildRecallDrill(graph);
    expect(drill.start).toEqual({ type: 'supplier-lot', code: 'SUP-TUBE-01/LH-1' });
    expect(drill.receivedLots).toEqual(['TUBE-1']);
    expect(drill.workOrders).toEqual(['WO-1']);
    expect(drill.affectedLots).toEqual([
      { lot: 'FG-1', material: 'FG-IVS-20D', status: 'released', manufacturedOn: '2026-08-11', expiresOn: '2029-08-10', workOrder: 'WO-1', quantity: 2500, shipped: 2500 },
    ]);
    // only the lines of affected lots, with the UDI printed on them
    expect(drill.lines.map((line) => [line.consignee, line.shipment, line.lot, line.quantity, line.udi])).toEqual([
      ['CUS-CN', 'SH-1', 'FG-1', 2000, '(01)06901234000016(10)FG-1'],
      ['CUS-EU', 'SH-2', 'FG-1', 500, '(01)06901234000016(10)FG-1'],
    ]);
    expect(drill.consignees.map((consignee) => [consignee.code, consignee.nameZh, consignee.country, consignee.shipments, consignee.quantity])).toEqual([
      ['CUS-CN', '上海康宁', 'CN', ['SH-1'], 2000],
      ['CUS-EU', '', 'DE', ['SH-2'], 500],
    ]);
  });

  it('takes the quantity from the trace link when the shipment has no line for the lot', () => {
    const withoutLines: TraceGraph = { ...graph, nodes: graph.nodes.map((entry) => (entry.code === 'SH-2' ? { ...entry, record: { typeKey: 'shipment', revision: 1, values: { customer: 'CUS-EU' } } } : entry)) };
    expect(buildRecallDrill(withoutLines).lines.find((line) => line.shipment === 'SH-2')).toMatchObject({ quantity: 500, udi: '', material: 'FG-IVS-20D' });
  });
});
