import { traceNode } from '../traceability/trace-link.entity.js';

export const movementTypes = ['receipt', 'issue', 'production-output', 'transfer', 'scrap', 'return-to-supplier', 'shipment'] as const;
export type MovementType = (typeof movementTypes)[number];

/** The pack's field names this mechanism reads: one place to change when a pack names them otherwise. */
export const lotFields = { material: 'material', status: 'status', expiresOn: 'expiresOn', supplier: 'supplier', supplierLot: 'supplierLot', receipt: 'receipt', workOrder: 'workOrder' } as const;
export const customerMinimumShelfLifeField = 'minimumRemainingShelfLifeDays';
export const shipmentCustomerField = 'customer';
export const releasedStatus = 'released';

export interface DocumentRef {
  type: string;
  code: string;
}

export interface LinkDraft {
  from: string;
  to: string;
  relation: string;
  quantityThousandths: number | null;
}

export interface MovementContext {
  lot: string;
  lotValues: Record<string, unknown>;
  document: DocumentRef | undefined;
  documentValues: Record<string, unknown> | undefined;
  quantityThousandths: number;
}

interface MovementRule {
  /** Withdrawals take stock out of `location`; a transfer also puts it into `toLocation`. */
  direction: 'in' | 'out' | 'transfer';
  /** Only released, unexpired lots may move this way (820.80, 820.150/160). */
  needsReleasedLot: boolean;
  /** The document type this movement is posted against, when it must be one; `lotField` names where the lot record may already say it. */
  document?: { type: string; required: boolean; lotField?: string };
  /** Where the material came from and went, as trace links. */
  links(context: MovementContext): LinkDraft[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** One rule per movement type: data the service looks up, not a chain of ifs. */
export const movementRules: Record<MovementType, MovementRule> = {
  receipt: {
    direction: 'in',
    needsReleasedLot: false,
    document: { type: 'receipt', required: false, lotField: lotFields.receipt },
    links({ lot, lotValues, document, quantityThousandths }) {
      const links: LinkDraft[] = [];
      const supplier = text(lotValues[lotFields.supplier]);
      const supplierLot = text(lotValues[lotFields.supplierLot]);
      if (supplier && supplierLot) {
        const supplierLotNode = traceNode('supplier-lot', `${supplier}/${supplierLot}`);
        links.push({ from: traceNode('supplier', supplier), to: supplierLotNode, relation: 'supplied', quantityThousandths: null });
        links.push({ from: supplierLotNode, to: traceNode('lot', lot), relation: 'received-as', quantityThousandths });
      }
      if (document) links.push({ from: traceNode(document.type, document.code), to: traceNode('lot', lot), relation: 'received-on', quantityThousandths });
      return links;
    },
  },
  issue: {
    direction: 'out',
    needsReleasedLot: true,
    document: { type: 'work-order', required: true },
    links: ({ lot, document, quantityThousandths }) => [{ from: traceNode('lot', lot), to: traceNode(document!.type, document!.code), relation: 'consumed-by', quantityThousandths }],
  },
  'production-output': {
    direction: 'in',
    needsReleasedLot: false,
    document: { type: 'work-order', required: true, lotField: lotFields.workOrder },
    links: ({ lot, document, quantityThousandths }) => [{ from: traceNode(document!.type, document!.code), to: traceNode('lot', lot), relation: 'produced', quantityThousandths }],
  },
  transfer: { direction: 'transfer', needsReleasedLot: false, links: () => [] },
  scrap: {
    direction: 'out',
    needsReleasedLot: false,
    links: ({ lot, document, quantityThousandths }) => (document ? [{ from: traceNode('lot', lot), to: traceNode(document.type, document.code), relation: 'scrapped-under', quantityThousandths }] : []),
  },
  'return-to-supplier': {
    direction: 'out',
    needsReleasedLot: false,
    links({ lot, lotValues, quantityThousandths }) {
      const supplier = text(lotValues[lotFields.supplier]);
      return supplier ? [{ from: traceNode('lot', lot), to: traceNode('supplier', supplier), relation: 'returned-to', quantityThousandths }] : [];
    },
  },
  shipment: {
    direction: 'out',
    needsReleasedLot: true,
    document: { type: 'shipment', required: true },
    links({ lot, document, documentValues, quantityThousandths }) {
      const shipment = traceNode(document!.type, document!.code);
      const customer = text(documentValues?.[shipmentCustomerField]);
      return [
        { from: traceNode('lot', lot), to: shipment, relation: 'shipped-in', quantityThousandths },
        ...(customer ? [{ from: shipment, to: traceNode('customer', customer), relation: 'delivered-to', quantityThousandths: null }] : []),
      ];
    },
  },
};
