import type { StatusTone } from '../../../shared/components/status-badge';

/** What the explorer draws for a node: computed on the server, handed to the client as plain data. */
export interface TraceNodeView {
  readonly id: string;
  readonly type: string;
  readonly code: string;
  readonly typeLabel: string;
  /** The code as shown on the node (a supplier lot shows its own lot number; the supplier is the subtitle). */
  readonly title: string;
  readonly subtitle: string;
  readonly documents: string;
  readonly status: { readonly value: string; readonly label: string; readonly tone: StatusTone } | null;
  readonly side: 'start' | 'backward' | 'forward';
  readonly x: number;
  readonly y: number;
}

export interface TraceEdgeView {
  readonly from: string;
  readonly to: string;
  readonly path: string;
  readonly label: string;
}

export interface TraceView {
  readonly start: string;
  readonly nodes: readonly TraceNodeView[];
  readonly edges: readonly TraceEdgeView[];
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly supplierLots: number;
  readonly customers: number;
}

export interface DetailField {
  readonly name: string;
  readonly label: string;
  readonly value: string;
}

export interface DetailSignature {
  readonly id: string;
  readonly printedName: string;
  readonly meaning: string;
  readonly signedAt: string;
  readonly state: 'valid' | 'superseded' | 'broken';
}

export interface DetailDocument {
  readonly type: string;
  readonly typeLabel: string;
  readonly code: string;
  readonly href: string;
  readonly status: { readonly value: string; readonly label: string; readonly tone: StatusTone } | null;
  readonly fields: readonly DetailField[];
  readonly results: ReadonlyArray<{ readonly point: string; readonly result: string; readonly tone: StatusTone; readonly readings: string }>;
  readonly signatures: readonly DetailSignature[];
}

/** A clicked node: its record's key fields, status, signatures, and the documents about it. */
export interface TraceNodeDetail {
  readonly type: string;
  readonly code: string;
  readonly typeLabel: string;
  readonly href: string | null;
  readonly status: { readonly value: string; readonly label: string; readonly tone: StatusTone } | null;
  readonly fields: readonly DetailField[];
  readonly signatures: readonly DetailSignature[];
  readonly documents: readonly DetailDocument[];
}
