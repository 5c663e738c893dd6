import { isMessageKey, type Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { describeStatus } from '../utils/describe-field-value';
import { layoutTraceGraph } from '../utils/layout-trace-graph';
import { pruneTraceGraph } from '../utils/prune-trace-graph';
import { statusTone } from '../utils/status-tone';
import { DOCUMENT_TYPES } from '../utils/trace-node-types';
import type { TypeLookup } from './get-trace-node-detail';
import { readValues, type TraceGraph, type TraceNode } from './trace.shape';
import type { TraceView } from './trace-view.types';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function subtitleOf(node: TraceNode, locale: Locale, number: Intl.NumberFormat): string {
  const values = readValues(node.record?.values);
  const name = text((locale === 'zh-CN' && values.nameZh) || values.name);
  switch (node.type) {
    case 'supplier-lot':
      return node.code.slice(0, node.code.indexOf('/'));
    case 'lot':
      return [text(values.material), typeof values.quantity === 'number' ? number.format(values.quantity) : ''].filter(Boolean).join(' · ');
    case 'work-order':
      return [text(values.material), typeof values.quantityGood === 'number' ? number.format(values.quantityGood) : ''].filter(Boolean).join(' · ');
    case 'shipment':
      return [text(values.customer), text(values.shippedOn) || text(values.plannedOn)].filter(Boolean).join(' · ');
    case 'sterilization-load':
      return text(values.cycle);
    case 'receipt':
      return text(values.supplier);
    default:
      return name;
  }
}

/** The trace as the explorer draws it: documents folded onto their lots, labels in the reader's language, positions laid out. */
export async function buildTraceView(fullGraph: TraceGraph, types: TypeLookup, locale: Locale, t: Translate): Promise<TraceView> {
  const graph = pruneTraceGraph(fullGraph);
  const drawn = graph.nodes.filter((node) => node.id === graph.start || !DOCUMENT_TYPES.has(node.type));
  const drawnIds = new Set(drawn.map((node) => node.id));
  const definitions = new Map(await Promise.all([...new Set(drawn.map((node) => node.type))].map(async (type) => [type, await types(type)] as const)));
  const layout = layoutTraceGraph(drawn, graph.edges);
  const position = new Map(layout.nodes.map((placed) => [placed.id, placed]));
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const documentsOn = (id: string) => {
    const attached = graph.edges.filter((edge) => edge.to === id && !drawnIds.has(edge.from)).map((edge) => edge.from.slice(0, edge.from.indexOf(':')));
    const count = (type: string) => attached.filter((candidate) => candidate === type).length;
    return [
      count('inspection-lot') === 1 ? t('trace.node.inspection') : count('inspection-lot') > 1 ? t('trace.node.inspections', { count: count('inspection-lot') }) : '',
      count('sterilization-load') === 1 ? t('trace.node.load') : count('sterilization-load') > 1 ? t('trace.node.loads', { count: count('sterilization-load') }) : '',
      count('receipt') > 0 ? t('trace.node.receipt') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  };
  const typeLabel = (type: string) => {
    const key = `trace.type.${type}`;
    return isMessageKey(key) ? t(key) : (definitions.get(type)?.label[locale] ?? type);
  };
  const relationLabel = (relation: string) => {
    const key = `trace.relation.${relation}`;
    return isMessageKey(key) ? t(key) : relation;
  };
  return {
    start: graph.start,
    nodes: drawn.map((node) => {
      const values = readValues(node.record?.values);
      const definition = definitions.get(node.type);
      const status = definition?.statusField ? values[definition.statusField] : undefined;
      const placed = position.get(node.id)!;
      return {
        id: node.id,
        type: node.type,
        code: node.code,
        typeLabel: typeLabel(node.type),
        title: node.type === 'supplier-lot' ? node.code.slice(node.code.indexOf('/') + 1) : node.code,
        subtitle: subtitleOf(node, locale, number),
        documents: documentsOn(node.id),
        status: typeof status === 'string' ? { value: status, label: describeStatus(definition, status, locale) ?? status, tone: statusTone(status) } : null,
        side: node.side,
        x: placed.x,
        y: placed.y,
      };
    }),
    edges: layout.edges.map((edge) => {
      const link = graph.edges.find((candidate) => candidate.from === edge.from && candidate.to === edge.to)!;
      return { ...edge, label: link.quantity === null ? relationLabel(link.relation) : `${relationLabel(link.relation)} · ${number.format(link.quantity)}` };
    }),
    width: layout.width,
    height: layout.height,
    nodeWidth: layout.nodeWidth,
    nodeHeight: layout.nodeHeight,
    supplierLots: drawn.filter((node) => node.type === 'supplier-lot').length,
    customers: drawn.filter((node) => node.type === 'customer').length,
  };
}
