import { describe, expect, it } from 'vitest';
import type { TraceGraph, TraceNode } from '../../api/trace.shape';
import { pruneTraceGraph } from '../prune-trace-graph';

const node = (id: string, side: TraceNode['side'], depth: number): TraceNode => ({ id, type: id.slice(0, id.indexOf(':')), code: id.slice(id.indexOf(':') + 1), side, depth });

describe('pruning a trace', () => {
  it('drops lots reached backward only through a supplier they were returned to, and keeps the forward side', () => {
    // given a finished lot whose tubing came from a supplier that also got a rejected lot back
    const graph: TraceGraph = {
      start: 'lot:FG-1',
      direction: 'both',
      depth: 5,
      nodes: [
        node('lot:FG-1', 'start', 0),
        node('work-order:WO-1', 'backward', 1),
        node('lot:TUBE-1', 'backward', 2),
        node('inspection-lot:IL-1', 'backward', 3),
        node('supplier-lot:SUP/A', 'backward', 3),
        node('supplier:SUP', 'backward', 4),
        node('lot:TUBE-REJECTED', 'backward', 5),
        node('shipment:SH-1', 'forward', 1),
      ],
      edges: [
        { from: 'work-order:WO-1', to: 'lot:FG-1', relation: 'produced', quantity: 100 },
        { from: 'lot:TUBE-1', to: 'work-order:WO-1', relation: 'consumed-by', quantity: 160 },
        { from: 'inspection-lot:IL-1', to: 'lot:TUBE-1', relation: 'inspected', quantity: null },
        { from: 'supplier-lot:SUP/A', to: 'lot:TUBE-1', relation: 'received-as', quantity: 9000 },
        { from: 'supplier:SUP', to: 'supplier-lot:SUP/A', relation: 'supplied', quantity: null },
        { from: 'lot:TUBE-REJECTED', to: 'supplier:SUP', relation: 'returned-to', quantity: 9000 },
        { from: 'lot:FG-1', to: 'shipment:SH-1', relation: 'shipped-in', quantity: 100 },
      ],
    };

    // when it is pruned
    const pruned = pruneTraceGraph(graph);

    // then the returned lot and its link are gone, everything else stays
    expect(pruned.nodes.map((entry) => entry.id)).toEqual(graph.nodes.map((entry) => entry.id).filter((id) => id !== 'lot:TUBE-REJECTED'));
    expect(pruned.edges).toHaveLength(graph.edges.length - 1);
    expect(pruned.edges.some((edge) => edge.relation === 'returned-to')).toBe(false);
  });
});
