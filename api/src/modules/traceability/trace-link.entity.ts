import { EntitySchema } from 'typeorm';

/**
 * An edge of the genealogy graph, in the direction material flows: supplier → supplier lot →
 * lot → work order → lot → shipment → customer. Nodes are '<type>:<code>'.
 */
export interface TraceLink {
  id?: number;
  fromNode: string;
  toNode: string;
  /** received-as, received-on, consumed-by, produced, shipped-in, delivered-to, returned-to, linked. */
  relation: string;
  quantityThousandths: number | null;
  postingId: string | null;
  createdAt: Date;
}

export const TraceLinkEntity = new EntitySchema<TraceLink>({
  name: 'TraceLink',
  tableName: 'trace_link',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment', transformer: { to: (value: number | undefined) => value, from: (value: string | number) => Number(value) } },
    fromNode: { name: 'from_node', type: 'varchar', length: 200 },
    toNode: { name: 'to_node', type: 'varchar', length: 200 },
    relation: { type: 'varchar', length: 30 },
    quantityThousandths: {
      name: 'quantity_thousandths',
      type: 'bigint',
      nullable: true,
      transformer: { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) },
    },
    postingId: { name: 'posting_id', type: 'varchar', length: 36, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

/** '<type>:<code>' — the one column a recursive walk joins on. */
export function traceNode(type: string, code: string): string {
  return `${type}:${code}`;
}

export function parseTraceNode(node: string): { type: string; code: string } {
  const separator = node.indexOf(':');
  return { type: node.slice(0, separator), code: node.slice(separator + 1) };
}
