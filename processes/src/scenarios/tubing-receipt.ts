/** A delivery of PVC tubing (OD 0.150 ± 0.005 in) on purchase order PO-2026-00012, as the dock reports it. */
export function tubingReceipt(supplierLot: string, deliveryNote: string) {
  return {
    purchaseOrder: 'PO-2026-00012',
    supplier: 'SUP-TUBE-01',
    receivedAt: new Date().toISOString(),
    receivedBy: 'Zhang Wei',
    deliveryNote,
    status: 'received',
    lines: [{ purchaseOrderLine: 1, material: 'RM-TUBE-PVC-106', quantity: 5000, supplierLot, certificateOfConformity: true }],
  };
}

/** Incoming inspection readings of 200 samples of that tubing, every one within its limits. */
export const readingsWithinLimits = {
  samplesInspected: 200,
  outerDiameterMinIn: 0.1488,
  outerDiameterMaxIn: 0.1512,
  innerDiameterMinIn: 0.1052,
  innerDiameterMaxIn: 0.1068,
  hardnessMinShoreA: 76,
  hardnessMaxShoreA: 80,
  visualDefects: 0,
};
