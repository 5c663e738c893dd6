import type { TraceGraph, TraceNodeView } from './trace.service.js';

export interface RecallLine {
  readonly consignee: string;
  readonly consigneeName: string;
  readonly consigneeNameZh: string;
  readonly country: string;
  readonly shippingAddress: string;
  readonly shipment: string;
  readonly shippedOn: string;
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly lot: string;
  readonly material: string;
  readonly quantity: number;
  readonly expiresOn: string;
  readonly udi: string;
}

export interface AffectedLot {
  readonly lot: string;
  readonly material: string;
  readonly status: string;
  readonly manufacturedOn: string;
  readonly expiresOn: string;
  readonly workOrder: string;
  readonly quantity: number | null;
  readonly shipped: number;
}

export interface Consignee {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string;
  readonly country: string;
  readonly shippingAddress: string;
  readonly shipments: readonly string[];
  readonly lots: readonly string[];
  readonly quantity: number;
}

export interface RecallDrill {
  readonly start: { readonly type: string; readonly code: string };
  /** Lots received from suppliers that the start reached (a supplier lot's receipts). */
  readonly receivedLots: readonly string[];
  readonly workOrders: readonly string[];
  /** Lots made by a work order: finished goods (or intermediates) that carry the start in them. */
  readonly affectedLots: readonly AffectedLot[];
  /** One line per shipment line of an affected lot: the distribution record a recall works from. */
  readonly lines: readonly RecallLine[];
  readonly consignees: readonly Consignee[];
}

/** Links a recall follows forward: supplier lot → lot → work order → lot → shipment → customer is five; rework and loads add some. */
export const recallDepth = 10;

const readValues = (values: unknown): Readonly<Record<string, unknown>> => (typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const sum = (values: readonly number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000;
const byCode = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));

/**
 * Everything a forward trace reached that a recall must act on: the lots made from the start, the
 * shipments that carried them and the consignees who received them, with quantities and UDIs from
 * the shipment lines (the quantity on the trace link when a shipment has no line for the lot).
 */
export function buildRecallDrill(graph: TraceGraph): RecallDrill {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const values = (node: TraceNodeView | undefined) => readValues(node?.record?.values);
  const lots = graph.nodes.filter((node) => node.type === 'lot');
  const made = lots.filter((lot) => text(values(lot).workOrder) !== '');
  const madeCodes = new Set(made.map((lot) => lot.code));
  const start = nodes.get(graph.start);

  const lines: RecallLine[] = [];
  for (const edge of graph.edges) {
    const lot = nodes.get(edge.from);
    const shipment = nodes.get(edge.to);
    if (lot?.type !== 'lot' || shipment?.type !== 'shipment' || !madeCodes.has(lot.code)) continue;
    const shipmentValues = values(shipment);
    const customerCode = text(shipmentValues.customer) || graph.edges.find((link) => link.from === shipment.id && link.to.startsWith('customer:'))?.to.slice('customer:'.length) || '';
    const customer = values(nodes.get(`customer:${customerCode}`));
    const lotValues = values(lot);
    const shipmentLines = (Array.isArray(shipmentValues.lines) ? shipmentValues.lines : []).map(readValues).filter((line) => line.lot === lot.code);
    const common = {
      consignee: customerCode,
      consigneeName: text(customer.name),
      consigneeNameZh: text(customer.nameZh),
      country: text(customer.country),
      shippingAddress: text(customer.shippingAddress),
      shipment: shipment.code,
      shippedOn: text(shipmentValues.shippedOn) || text(shipmentValues.plannedOn),
      carrier: text(shipmentValues.carrier),
      trackingNumber: text(shipmentValues.trackingNumber),
      lot: lot.code,
      expiresOn: text(lotValues.expiresOn),
    };
    if (shipmentLines.length === 0) {
      lines.push({ ...common, material: text(lotValues.material), quantity: edge.quantity ?? 0, udi: '' });
    } else {
      for (const line of shipmentLines) lines.push({ ...common, material: text(line.material) || text(lotValues.material), quantity: Number(line.quantity) || 0, udi: text(line.udi) });
    }
  }
  lines.sort((a, b) => a.consignee.localeCompare(b.consignee) || a.shippedOn.localeCompare(b.shippedOn) || a.shipment.localeCompare(b.shipment) || a.lot.localeCompare(b.lot));

  const consignees = [...new Set(lines.map((line) => line.consignee))].map((code): Consignee => {
    const mine = lines.filter((line) => line.consignee === code);
    const first = mine[0]!;
    return {
      code,
      name: first.consigneeName,
      nameZh: first.consigneeNameZh,
      country: first.country,
      shippingAddress: first.shippingAddress,
      shipments: [...new Set(mine.map((line) => line.shipment))].sort(),
      lots: [...new Set(mine.map((line) => line.lot))].sort(),
      quantity: sum(mine.map((line) => line.quantity)),
    };
  });

  const affectedLots = made
    .map((lot): AffectedLot => {
      const lotValues = values(lot);
      return {
        lot: lot.code,
        material: text(lotValues.material),
        status: text(lotValues.status),
        manufacturedOn: text(lotValues.manufacturedOn),
        expiresOn: text(lotValues.expiresOn),
        workOrder: text(lotValues.workOrder),
        quantity: typeof lotValues.quantity === 'number' ? lotValues.quantity : null,
        shipped: sum(lines.filter((line) => line.lot === lot.code).map((line) => line.quantity)),
      };
    })
    .sort(byCode((lot) => lot.lot));

  return {
    start: { type: start?.type ?? '', code: start?.code ?? '' },
    receivedLots: lots.filter((lot) => !madeCodes.has(lot.code)).map((lot) => lot.code).sort(),
    workOrders: graph.nodes.filter((node) => node.type === 'work-order').map((node) => node.code).sort(),
    affectedLots,
    lines,
    consignees,
  };
}
