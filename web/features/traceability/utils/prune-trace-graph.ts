import type { TraceGraph } from '../api/trace.shape';

/** Links along which material left the plant again: walking them backward leads away from the start's origin. */
const OUTBOUND_RELATIONS: ReadonlySet<string> = new Set(['returned-to', 'scrapped-under']);

/**
 * The trace without the detours a backward walk takes through a supplier: from a supplier, the
 * trace also reaches the lots that were returned to it, which are no ancestors of the start. The
 * backward side keeps what is reached against material flow without such links; the forward side
 * is kept as it is.
 */
export function pruneTraceGraph(graph: TraceGraph): TraceGraph {
  const sideOf = new Map(graph.nodes.map((node) => [node.id, node.side]));
  const upstream = (edge: TraceGraph['edges'][number]) => sideOf.get(edge.to) !== 'forward' && sideOf.get(edge.from) === 'backward';
  const reached = new Set([graph.start]);
  let frontier = [graph.start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const edge of graph.edges) {
      if (!upstream(edge) || OUTBOUND_RELATIONS.has(edge.relation) || !frontier.includes(edge.to) || reached.has(edge.from)) continue;
      reached.add(edge.from);
      next.push(edge.from);
    }
    frontier = next;
  }
  const kept = new Set(graph.nodes.filter((node) => node.side !== 'backward' || reached.has(node.id)).map((node) => node.id));
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => kept.has(node.id)),
    edges: graph.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to) && !(upstream(edge) && OUTBOUND_RELATIONS.has(edge.relation))),
  };
}
