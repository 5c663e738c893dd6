export interface LayoutInputNode {
  readonly id: string;
  readonly type: string;
  readonly depth: number;
  readonly side: 'start' | 'backward' | 'forward';
}

export interface LayoutInputEdge {
  readonly from: string;
  readonly to: string;
}

export interface PlacedNode {
  readonly id: string;
  /** Negative to the left of the start (where material came from), positive to the right (where it went). */
  readonly column: number;
  readonly row: number;
  readonly x: number;
  readonly y: number;
}

export interface PlacedEdge {
  readonly from: string;
  readonly to: string;
  /** An SVG path from the right side of `from` to the left side of `to`. */
  readonly path: string;
}

export interface TraceLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly nodeHeight: number;
}

export const LAYOUT_SIZES = { nodeWidth: 188, nodeHeight: 72, columnGap: 64, rowGap: 14, padding: 16 } as const;

/** Where a type sits when nothing else orders two nodes: upstream types first, as material flows. */
const TYPE_ORDER = ['supplier', 'supplier-lot', 'receipt', 'lot', 'work-order', 'sterilization-load', 'shipment', 'customer'];

const typeRank = (type: string) => {
  const rank = TYPE_ORDER.indexOf(type);
  return rank === -1 ? TYPE_ORDER.length : rank;
};

/**
 * A layered drawing of a trace: one column per link away from the start, backward to the left
 * and forward to the right (supplier lots ← component lots ← work order → finished lot →
 * shipments → customers). Columns are filled outwards from the start; each node is placed by
 * the mean row of its neighbours in the column nearer the start (the barycentre heuristic), which
 * keeps the lines between two columns from crossing where it can. Columns are centred vertically.
 */
export function layoutTraceGraph(nodes: readonly LayoutInputNode[], edges: readonly LayoutInputEdge[], sizes = LAYOUT_SIZES): TraceLayout {
  const columnOf = new Map(nodes.map((node) => [node.id, node.side === 'backward' ? -node.depth : node.side === 'forward' ? node.depth : 0]));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    if (!columnOf.has(edge.from) || !columnOf.has(edge.to)) continue;
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const columns = new Map<number, LayoutInputNode[]>();
  for (const node of nodes) {
    const column = columnOf.get(node.id)!;
    columns.set(column, [...(columns.get(column) ?? []), node]);
  }
  const rowOf = new Map<string, number>();
  const ordered = [...columns.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  for (const column of ordered) {
    const inner = column === 0 ? undefined : column - Math.sign(column);
    const barycentre = (node: LayoutInputNode) => {
      const rows = (neighbours.get(node.id) ?? []).filter((other) => columnOf.get(other) === inner && rowOf.has(other)).map((other) => rowOf.get(other)!);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((sum, row) => sum + row, 0) / rows.length;
    };
    const sorted = [...columns.get(column)!]
      .map((node) => ({ node, weight: barycentre(node) }))
      .sort((a, b) => a.weight - b.weight || typeRank(a.node.type) - typeRank(b.node.type) || a.node.id.localeCompare(b.node.id))
      .map(({ node }) => node);
    sorted.forEach((node, row) => rowOf.set(node.id, row));
  }

  const keys = [...columns.keys()];
  const leftmost = keys.length === 0 ? 0 : Math.min(...keys);
  const rightmost = keys.length === 0 ? 0 : Math.max(...keys);
  const tallest = Math.max(0, ...[...columns.values()].map((members) => members.length));
  const columnPitch = sizes.nodeWidth + sizes.columnGap;
  const rowPitch = sizes.nodeHeight + sizes.rowGap;
  const height = sizes.padding * 2 + tallest * rowPitch - (tallest > 0 ? sizes.rowGap : 0);
  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    const column = columnOf.get(node.id)!;
    const row = rowOf.get(node.id)!;
    const members = columns.get(column)!.length;
    const x = sizes.padding + (column - leftmost) * columnPitch;
    const y = sizes.padding + ((tallest - members) * rowPitch) / 2 + row * rowPitch;
    placed.set(node.id, { id: node.id, column, row, x, y });
  }
  const placedEdges = edges.flatMap((edge): PlacedEdge[] => {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) return [];
    const start = { x: from.x + sizes.nodeWidth, y: from.y + sizes.nodeHeight / 2 };
    const end = { x: to.x, y: to.y + sizes.nodeHeight / 2 };
    const bend = Math.max(sizes.columnGap / 2, Math.abs(end.x - start.x) / 2);
    return [{ from: edge.from, to: edge.to, path: `M ${start.x} ${start.y} C ${start.x + bend} ${start.y}, ${end.x - bend} ${end.y}, ${end.x} ${end.y}` }];
  });
  return {
    nodes: [...placed.values()],
    edges: placedEdges,
    width: sizes.padding * 2 + (rightmost - leftmost + 1) * columnPitch - sizes.columnGap,
    height,
    nodeWidth: sizes.nodeWidth,
    nodeHeight: sizes.nodeHeight,
  };
}
