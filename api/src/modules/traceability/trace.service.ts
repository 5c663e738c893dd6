import { In, type DataSource } from 'typeorm';
import { NotFoundError } from '../../http/lotflow-error.js';
import { RecordEntity } from '../records/record.entity.js';
import { buildRecallDrill, recallDepth, type RecallDrill } from './build-recall-drill.js';
import { parseTraceNode, traceNode } from './trace-link.entity.js';

export type TraceDirection = 'backward' | 'forward' | 'both';

export interface TraceNodeView {
  id: string;
  type: string;
  code: string;
  /** Links from the start, following the direction it was reached in (0 for the start). */
  depth: number;
  side: 'start' | 'backward' | 'forward';
  /** The record's values when the node is a dictionary record (lot, receipt, work order, shipment, customer, supplier…). */
  record?: { typeKey: string; values: Record<string, unknown>; revision: number };
}

export interface TraceEdgeView {
  from: string;
  to: string;
  relation: string;
  /** Total quantity that flowed along the link, when movements carried one. */
  quantity: number | null;
}

export interface TraceGraph {
  start: string;
  direction: TraceDirection;
  depth: number;
  nodes: TraceNodeView[];
  edges: TraceEdgeView[];
}

/**
 * Walks the genealogy in one recursive query per direction (WITH RECURSIVE: MySQL 8, MariaDB,
 * SQLite). Each step reads one of the covering indexes on (to_node, from_node) or
 * (from_node, to_node), so a trace costs the links it touches, not the size of the table.
 */
export function recursiveTraceSql(direction: 'backward' | 'forward'): string {
  const [near, far] = direction === 'backward' ? ['to_node', 'from_node'] : ['from_node', 'to_node'];
  return `WITH RECURSIVE walk (node, depth) AS (
      SELECT CAST(? AS CHAR(200)), 0
      UNION
      SELECT link.${far}, walk.depth + 1 FROM walk JOIN trace_link link ON link.${near} = walk.node WHERE walk.depth < ?
    )
    SELECT link.from_node AS from_node, link.to_node AS to_node, link.relation AS relation, SUM(link.quantity_thousandths) AS quantity
    FROM trace_link link
    WHERE link.${near} IN (SELECT node FROM walk WHERE depth < ?)
    GROUP BY link.from_node, link.to_node, link.relation`;
}

export class TraceService {
  constructor(private readonly dataSource: DataSource) {}

  private async walk(start: string, direction: 'backward' | 'forward', depth: number): Promise<TraceEdgeView[]> {
    const rows: Array<{ from_node: string; to_node: string; relation: string; quantity: string | number | null }> = await this.dataSource.query(recursiveTraceSql(direction), [start, depth, depth]);
    return rows.map((row) => ({ from: row.from_node, to: row.to_node, relation: row.relation, quantity: row.quantity === null ? null : Number(row.quantity) / 1000 }));
  }

  async trace(type: string, code: string, options: { direction: TraceDirection; depth: number }): Promise<TraceGraph> {
    const start = traceNode(type, code);
    const backward = options.direction === 'forward' ? [] : await this.walk(start, 'backward', options.depth);
    const forward = options.direction === 'backward' ? [] : await this.walk(start, 'forward', options.depth);

    const depths = new Map<string, { depth: number; side: TraceNodeView['side'] }>([[start, { depth: 0, side: 'start' }]]);
    const spread = (edges: TraceEdgeView[], side: 'backward' | 'forward') => {
      // Breadth first from the start: each node gets the fewest links it is away.
      let frontier = new Set([start]);
      for (let level = 1; frontier.size > 0; level += 1) {
        const next = new Set<string>();
        for (const edge of edges) {
          const [near, far] = side === 'backward' ? [edge.to, edge.from] : [edge.from, edge.to];
          if (frontier.has(near) && !depths.has(far)) {
            depths.set(far, { depth: level, side });
            next.add(far);
          }
        }
        frontier = next;
      }
    };
    spread(backward, 'backward');
    spread(forward, 'forward');

    const codes = [...depths.keys()].map((node) => parseTraceNode(node).code);
    const records = await this.dataSource.getRepository(RecordEntity).findBy({ code: In(codes) });
    const byNode = new Map(records.map((record) => [traceNode(record.typeKey, record.code), record]));
    if (backward.length === 0 && forward.length === 0 && !byNode.has(start)) {
      throw new NotFoundError(`Nothing is recorded for the ${type} '${code}'`, 'Check the type and the code: a lot, a supplier lot (supplier/lot), a receipt, a work order, a shipment or a customer.');
    }
    const nodes = [...depths.entries()]
      .map(([id, place]): TraceNodeView => {
        const parsed = parseTraceNode(id);
        const record = byNode.get(id);
        return { id, ...parsed, ...place, ...(record ? { record: { typeKey: record.typeKey, values: record.values, revision: record.revision } } : {}) };
      })
      .sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));
    const edges = [...backward, ...forward.filter((edge) => !backward.some((other) => other.from === edge.from && other.to === edge.to && other.relation === edge.relation))];
    return { start, direction: options.direction, depth: options.depth, nodes, edges };
  }

  /** Everything downstream of a node that a recall must reach: the lots made from it, their shipment lines and consignees. */
  async recallDrill(type: string, code: string): Promise<RecallDrill> {
    return buildRecallDrill(await this.trace(type, code, { direction: 'forward', depth: recallDepth }));
  }
}
