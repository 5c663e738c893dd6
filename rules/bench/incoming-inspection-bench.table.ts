import type { RuleTableDocument, RuleTableRow } from '../src/rule-table/rule-table-document.types.js';

/** Tubing the incoming inspection sees: outer diameter specification and guard band, in inches. */
export const tubingProducts = [
  { code: 'PVC-0150', nominal: '0.150', tolerance: '0.005', guardBand: '0.001' },
  { code: 'PVC-0188', nominal: '0.188', tolerance: '0.005', guardBand: '0.001' },
  { code: 'PVC-0250', nominal: '0.250', tolerance: '0.008', guardBand: '0.002' },
  { code: 'SIL-0125', nominal: '0.125', tolerance: '0.004', guardBand: '0.001' },
  { code: 'SIL-0188', nominal: '0.188', tolerance: '0.006', guardBand: '0.0015' },
  { code: 'PU-0094', nominal: '0.094', tolerance: '0.003', guardBand: '0.0005' },
  { code: 'PU-0156', nominal: '0.156', tolerance: '0.004', guardBand: '0.001' },
  { code: 'TPE-0200', nominal: '0.200', tolerance: '0.007', guardBand: '0.0015' },
] as const;

export const leakTestResults = ['pass', 'fail'] as const;
export const supplierStatuses = ['approved', 'conditional', 'blocked', 'expired'] as const;

/** Decimal text arithmetic to 4 places, so a limit is written 0.145 and not 0.14500000000000002. */
function add(a: string, b: string, sign: 1 | -1): string {
  return (Math.round(Number(a) * 10_000) / 10_000 + (sign * Math.round(Number(b) * 10_000)) / 10_000).toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

export function limitsOf(product: (typeof tubingProducts)[number]) {
  const low = add(product.nominal, product.tolerance, -1);
  const high = add(product.nominal, product.tolerance, 1);
  return { low, high, lowGuard: add(low, product.guardBand, 1), highGuard: add(high, product.guardBand, -1) };
}

function row(id: string, cells: [string, string, string, string, string], disposition: 'reject' | 'hold' | 'accept', description?: string): RuleTableRow {
  return { id, ...(description ? { description } : {}), cells, outputs: { disposition, reason: id } };
}

/**
 * A realistic incoming inspection disposition for tubing lots: 10 rules on the lot as a whole,
 * then 5 per product on the measured outer diameter (out of tolerance low / high, within the
 * guard band at either limit, within specification). FIRST hit policy, 50 rows.
 */
export const incomingInspectionBenchTable: RuleTableDocument = {
  key: 'incoming-inspection-bench',
  name: { en: 'Incoming inspection of tubing (benchmark)', 'zh-CN': '管路来料检验（基准测试）' },
  hitPolicy: 'FIRST',
  inputs: [
    { id: 'productCode', label: { en: 'Product', 'zh-CN': '产品' }, expression: 'lot.productCode', type: 'string', enum: tubingProducts.map((product) => product.code) },
    { id: 'outerDiameter', label: { en: 'Outer diameter (in)', 'zh-CN': '外径（英寸）' }, expression: 'inspection.outerDiameterIn', type: 'number' },
    { id: 'leakTestResult', label: { en: 'Leak test', 'zh-CN': '泄漏测试' }, expression: 'inspection.leakTestResult', type: 'string', enum: [...leakTestResults] },
    { id: 'supplierStatus', label: { en: 'Supplier approval', 'zh-CN': '供应商批准状态' }, expression: 'supplier.approvalStatus', type: 'string', enum: [...supplierStatuses] },
    { id: 'certificateReceived', label: { en: 'Certificate of conformance received', 'zh-CN': '已收到合格证' }, expression: 'lot.certificateOfConformanceReceived', type: 'boolean' },
  ],
  outputs: [
    { name: 'disposition', label: { en: 'Disposition', 'zh-CN': '处置' }, type: 'string', enum: ['reject', 'hold', 'accept'] },
    { name: 'reason', label: { en: 'Reason', 'zh-CN': '原因' }, type: 'string' },
  ],
  rows: [
    row('leak-test-failed', ['-', '-', '"fail"', '-', '-'], 'reject', 'Any leak is a reject, whatever the dimensions.'),
    row('supplier-blocked', ['-', '-', '-', '"blocked"', '-'], 'reject', '21 CFR 820.50: no material from a blocked supplier.'),
    row('supplier-approval-expired', ['-', '-', '-', '"expired"', '-'], 'hold', 'Held until the supplier is re-qualified.'),
    row('supplier-status-unknown', ['-', '-', '-', 'null', '-'], 'hold'),
    row('certificate-missing', ['-', '-', '-', '-', 'false'], 'hold'),
    row('certificate-not-recorded', ['-', '-', '-', '-', 'null'], 'hold'),
    row('diameter-not-measured', ['-', 'null', '-', '-', '-'], 'hold'),
    row('leak-test-pending', ['-', '-', 'null', '-', '-'], 'hold'),
    row('supplier-conditional', ['-', '-', '-', '"conditional"', '-'], 'hold'),
    row('product-not-recorded', ['null', '-', '-', '-', '-'], 'hold'),
    ...tubingProducts.flatMap((product) => {
      const { low, high, lowGuard, highGuard } = limitsOf(product);
      const sku = product.code.toLowerCase();
      const code = `"${product.code}"`;
      return [
        row(`${sku}-below-tolerance`, [code, `< ${low}`, '-', '-', '-'], 'reject'),
        row(`${sku}-above-tolerance`, [code, `> ${high}`, '-', '-', '-'], 'reject'),
        row(`${sku}-near-lower-limit`, [code, `[${low}..${lowGuard}[`, '-', '-', '-'], 'hold', 'Within the gauge uncertainty of the lower limit.'),
        row(`${sku}-near-upper-limit`, [code, `]${highGuard}..${high}]`, '-', '-', '-'], 'hold', 'Within the gauge uncertainty of the upper limit.'),
        row(`${sku}-within-specification`, [code, `[${lowGuard}..${highGuard}]`, '"pass"', '"approved"', 'true'], 'accept'),
      ];
    }),
  ],
};
