import type { DocumentKind, DocumentText } from './document-model.js';

const text = (en: string, zh: string): DocumentText => ({ en, 'zh-CN': zh });

/** Every heading and label a document prints, in English and Chinese. */
export const documentLabels = {
  title: {
    'device-history-record': text('Device history record (batch record)', '产品历史记录（批记录）'),
    'certificate-of-conformance': text('Certificate of conformance', '合格证明'),
  } satisfies Record<DocumentKind, DocumentText>,
  flags: text('Attention', '请注意'),
  noFont: text('Chinese text could not be rendered: no CJK font was found (set PDF_FONT_PATH). Chinese characters are shown as ?.', ''),
  lot: text('Lot', '批次'),
  material: text('Material', '物料'),
  status: text('Status', '状态'),
  workOrder: text('Work order', '工单'),
  receipt: text('Receipt', '收货单'),
  supplier: text('Supplier / supplier lot', '供应商 / 供应商批号'),
  dates: text('Dates', '日期'),
  manufacturedOn: text('Manufactured on', '生产日期'),
  expiresOn: text('Expires on', '失效日期'),
  firstMovement: text('First movement', '首次库存移动'),
  lastMovement: text('Last movement', '末次库存移动'),
  quantities: text('Quantities, reconciled', '数量平衡'),
  made: text('Made or received', '生产或收货数量'),
  shipped: text('Released: shipped', '已放行：已发运'),
  issued: text('Released: issued to work orders', '已放行：投料至工单'),
  releasedOnHand: text('Released: on hand', '已放行：库存'),
  scrapped: text('Scrapped', '报废'),
  returned: text('Returned to supplier', '退供应商'),
  held: text('Held (on hand)', '冻结（库存）'),
  quarantine: text('Quarantine (on hand)', '待验（库存）'),
  rejected: text('Rejected (on hand)', '不合格（库存）'),
  accountedFor: text('Accounted for', '合计去向'),
  difference: text('Difference', '差异'),
  balanced: text('Reconciled: every unit made is accounted for.', '数量平衡：所有生产数量均有去向。'),
  unbalanced: text('NOT RECONCILED', '数量不平衡'),
  movements: text('Ledger movements', '库存移动记录'),
  inspections: text('Inspections and results', '检验及结果'),
  inspector: text('Inspector', '检验员'),
  equipment: text('Equipment', '设备/量具'),
  decisions: text('Inspection decisions', '检验判定'),
  nonconformances: text('Deviations and nonconformance reports', '偏差及不合格品报告'),
  reworks: text('Rework', '返工'),
  sterilization: text('Sterilization', '灭菌'),
  labels: text('Labels and UDI', '标签及 UDI'),
  shippedUdis: text('UDI on shipments', '发运单上的 UDI'),
  signatures: text('Electronic signatures', '电子签名'),
  none: text('None recorded.', '无记录。'),
  shipment: text('Shipment', '发运单'),
  customer: text('Customer (consignee)', '客户（收货方）'),
  lines: text('Products shipped', '发运产品'),
  releaseSignatures: text('Release signatures', '放行签名'),
  statement: text('Statement of conformance', '合格声明'),
  noStatement: text('Conformance cannot be stated for this shipment: see the points above.', '因上述问题，本发运单不能出具合格声明。'),
  page: text('Page', '页'),
  version: text('Version', '版本'),
  generated: text('Generated', '生成'),
  contentHash: text('Content SHA-256', '内容 SHA-256'),
};

/** What a signature means, as printed next to it (21 CFR 11.50(a)(3)). */
export const signatureMeanings: Record<string, DocumentText> = {
  'approved-for-release': text('Approved for release', '批准放行'),
  'disposition-decision': text('Disposition decision', '处置决定'),
  reviewed: text('Reviewed', '已审核'),
  'rule-publication': text('Rule publication', '规则发布'),
};

export const lotStatuses: Record<string, DocumentText> = {
  quarantine: text('Quarantine', '待验'),
  released: text('Released', '已放行'),
  hold: text('Hold', '冻结'),
  rejected: text('Rejected', '不合格'),
};
