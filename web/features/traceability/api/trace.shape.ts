import { array, count, json, nullable, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';

/** A finite number: trace quantities are decimals (metres of tubing, thousands of sets). */
const quantity = (): Shape<number> => ({
  expected: 'a number',
  check: (value, path) => (typeof value === 'number' && Number.isFinite(value) ? { valid: true, value } : { valid: false, path, expected: 'a number' }),
});

const nodeRecordShape = object({ typeKey: text(), values: json(), revision: count() });

const traceNodeShape = object({
  id: text(),
  type: text(),
  code: text(),
  depth: count(),
  side: oneOf('start', 'backward', 'forward'),
  record: optional(nodeRecordShape),
});

const traceEdgeShape = object({ from: text(), to: text(), relation: text(), quantity: nullable(quantity()) });

/** `GET /trace/{type}/{code}`: the genealogy around a node, in the direction material flows. */
export const traceGraphShape = object({
  start: text(),
  direction: oneOf('backward', 'forward', 'both'),
  depth: count(),
  nodes: array(traceNodeShape),
  edges: array(traceEdgeShape),
});

const recallLineShape = object({
  consignee: text(),
  consigneeName: text(),
  consigneeNameZh: text(),
  country: text(),
  shippingAddress: text(),
  shipment: text(),
  shippedOn: text(),
  carrier: text(),
  trackingNumber: text(),
  lot: text(),
  material: text(),
  quantity: quantity(),
  expiresOn: text(),
  udi: text(),
});

const affectedLotShape = object({
  lot: text(),
  material: text(),
  status: text(),
  manufacturedOn: text(),
  expiresOn: text(),
  workOrder: text(),
  quantity: nullable(quantity()),
  shipped: quantity(),
});

const consigneeShape = object({
  code: text(),
  name: text(),
  nameZh: text(),
  country: text(),
  shippingAddress: text(),
  shipments: array(text()),
  lots: array(text()),
  quantity: quantity(),
});

/** `GET /trace/recall/{type}/{code}`: everything downstream of a node that a recall must reach. */
export const recallDrillShape = object({
  start: object({ type: text(), code: text() }),
  /** Lots received from suppliers that the start reached (a supplier lot's receipts). */
  receivedLots: array(text()),
  workOrders: array(text()),
  /** Lots made by a work order: finished goods (or intermediates) that carry the start in them. */
  affectedLots: array(affectedLotShape),
  /** One line per shipment line of an affected lot: the distribution record a recall works from. */
  lines: array(recallLineShape),
  consignees: array(consigneeShape),
});

const signatureShape = object({
  id: text(),
  printedName: text(),
  username: text(),
  meaning: text(),
  signedAt: text(),
  subjectVersion: count(),
  state: oneOf('valid', 'superseded', 'broken'),
});

/** `GET /records/{type}/{code}`: a record with the signatures on it. */
export const signedRecordShape = object({
  typeKey: text(),
  code: text(),
  revision: count(),
  values: json(),
  signatures: array(signatureShape),
});

/** `GET /records/{type}?search=`: a page of records. */
export const recordPageShape = object({ items: array(object({ typeKey: text(), code: text(), values: json() })), total: count() });

/** `GET /dictionary/types/{key}/versions/latest`. */
export const typeVersionShape = object({ version: count(), content: json() });

/** `POST /udi/parse`. */
export const parsedUdiShape = object({ gtin: text(), lot: optional(text()), serial: optional(text()) });

export type TraceGraph = Infer<typeof traceGraphShape>;
export type RecallDrill = Infer<typeof recallDrillShape>;
export type TraceNode = Infer<typeof traceNodeShape>;
export type TraceEdge = Infer<typeof traceEdgeShape>;
export type SignedRecord = Infer<typeof signedRecordShape>;
export type Signature = Infer<typeof signatureShape>;

/** A record's values as the object they are (the api sends an object; `json()` leaves it unknown). */
export function readValues(values: unknown): Readonly<Record<string, unknown>> {
  return typeof values === 'object' && values !== null && !Array.isArray(values) ? (values as Record<string, unknown>) : {};
}
