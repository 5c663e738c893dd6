import { describe, expect, it } from 'vitest';
import { LAYOUT_SIZES, layoutTraceGraph, type LayoutInputEdge, type LayoutInputNode } from '../layout-trace-graph';

const node = (id: string, side: LayoutInputNode['side'], depth: number): LayoutInputNode => ({ id, type: id.slice(0, id.indexOf(':')), side, depth });
const pitch = LAYOUT_SIZES.nodeWidth + LAYOUT_SIZES.columnGap;

describe('the layered trace layout', () => {
  // A finished lot traced both ways: two component lots from two supplier lots, one shipment to one customer.
  const nodes = [
    node('lot:FG-1', 'start', 0),
    node('work-order:WO-1', 'backward', 1),
    node('lot:TUBE-1', 'backward', 2),
    node('lot:DRIP-1', 'backward', 2),
    node('supplier-lot:S/DRIP', 'backward', 3),
    node('supplier-lot:S/TUBE', 'backward', 3),
    node('shipment:SH-1', 'forward', 1),
    node('customer:C-1', 'forward', 2),
  ];
  const edges: LayoutInputEdge[] = [
    { from: 'supplier-lot:S/TUBE', to: 'lot:TUBE-1' },
    { from: 'supplier-lot:S/DRIP', to: 'lot:DRIP-1' },
    { from: 'lot:TUBE-1', to: 'work-order:WO-1' },
    { from: 'lot:DRIP-1', to: 'work-order:WO-1' },
    { from: 'work-order:WO-1', to: 'lot:FG-1' },
    { from: 'lot:FG-1', to: 'shipment:SH-1' },
    { from: 'shipment:SH-1', to: 'customer:C-1' },
  ];

  it('puts backward nodes left of the start and forward nodes right of it, one column per link', () => {
    const layout = layoutTraceGraph(nodes, edges);
    const column = (id: string) => layout.nodes.find((placed) => placed.id === id)!.column;
    expect(['supplier-lot:S/TUBE', 'lot:TUBE-1', 'work-order:WO-1', 'lot:FG-1', 'shipment:SH-1', 'customer:C-1'].map(column)).toEqual([-3, -2, -1, 0, 1, 2]);
    // the leftmost column starts at the padding and the drawing is six columns wide
    expect(layout.nodes.find((placed) => placed.id === 'supplier-lot:S/TUBE')!.x).toBe(LAYOUT_SIZES.padding);
    expect(layout.width).toBe(LAYOUT_SIZES.padding * 2 + 6 * pitch - LAYOUT_SIZES.columnGap);
  });

  it('orders a column by its neighbours nearer the start, so the lines between two columns do not cross', () => {
    const layout = layoutTraceGraph(nodes, edges);
    const row = (id: string) => layout.nodes.find((placed) => placed.id === id)!.row;
    // the component lots tie on the work order and fall back to their ids: DRIP before TUBE
    expect([row('lot:DRIP-1'), row('lot:TUBE-1')]).toEqual([0, 1]);
    // the supplier lots follow their lots, although their ids sort the other way round here
    const reordered = layoutTraceGraph(nodes, edges.map((edge) => (edge.from === 'supplier-lot:S/TUBE' ? { ...edge, to: 'lot:DRIP-1' } : edge.from === 'supplier-lot:S/DRIP' ? { ...edge, to: 'lot:TUBE-1' } : edge)));
    const reorderedRow = (id: string) => reordered.nodes.find((placed) => placed.id === id)!.row;
    expect(reorderedRow('supplier-lot:S/TUBE')).toBe(0);
    expect(reorderedRow('supplier-lot:S/DRIP')).toBe(1);
  });

  it('centres short columns against the tallest one and draws each link from the right of one node to the left of the next', () => {
    const layout = layoutTraceGraph(nodes, edges);
    const start = layout.nodes.find((placed) => placed.id === 'lot:FG-1')!;
    const rowPitch = LAYOUT_SIZES.nodeHeight + LAYOUT_SIZES.rowGap;
    expect(layout.height).toBe(LAYOUT_SIZES.padding * 2 + 2 * rowPitch - LAYOUT_SIZES.rowGap);
    expect(start.y).toBe(LAYOUT_SIZES.padding + rowPitch / 2);
    const shipped = layout.edges.find((edge) => edge.from === 'lot:FG-1')!;
    expect(shipped.path.startsWith(`M ${start.x + LAYOUT_SIZES.nodeWidth} ${start.y + LAYOUT_SIZES.nodeHeight / 2} C`)).toBe(true);
    expect(shipped.path.endsWith(`${start.x + pitch} ${start.y + LAYOUT_SIZES.nodeHeight / 2}`)).toBe(true);
    // links to nodes that are not drawn (documents shown on their lot) are left out
    expect(layoutTraceGraph(nodes, [...edges, { from: 'inspection-lot:IL-1', to: 'lot:FG-1' }]).edges).toHaveLength(edges.length);
  });
});
