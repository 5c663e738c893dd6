import type { DocumentText } from '../documents/document-model.js';

const text = (en: string, zh: string): DocumentText => ({ en, 'zh-CN': zh });

/** Every heading and label the recall drill report prints, in English and Chinese (the web's words for the same screen). */
export const recallDrillLabels = {
  title: text('Recall drill', '召回演练'),
  start: text('Starting item', '追溯起点'),
  startType: text('Type', '类型'),
  startCode: text('Code', '编号'),
  runAt: text('Run at', '执行时间'),
  runBy: text('Run by', '执行人'),
  scope: text('Scope', '范围'),
  scopeForward: text('Forward trace, up to 10 links: every lot made from the starting item, every shipment of those lots and every consignee.', '正向追溯，最多 10 层：由起点制成的每个批次、这些批次的每张发运单及每个收货方。'),
  totals: text('Totals', '合计'),
  receivedLots: text('Lots received from suppliers', '供应商来料批次'),
  workOrders: text('Work orders', '生产工单'),
  affectedLots: text('Affected lots', '受影响批次'),
  quantityMade: text('Quantity of the affected lots', '受影响批次数量'),
  quantityShipped: text('Quantity shipped', '已发运数量'),
  shipments: text('Shipments', '发运单'),
  shipmentLines: text('Shipment lines', '发运明细'),
  consignees: text('Consignees to notify', '需通知的收货方'),
  lot: text('Lot', '批号'),
  material: text('Material', '物料'),
  status: text('Status', '状态'),
  quantity: text('Quantity', '数量'),
  shipped: text('Shipped', '已发运'),
  manufacturedOn: text('Manufactured on', '生产日期'),
  expiresOn: text('Expiry date', '失效日期'),
  workOrder: text('Work order', '生产工单'),
  consignee: text('Consignee', '收货方'),
  country: text('Country', '国家/地区'),
  address: text('Shipping address', '收货地址'),
  shipmentShippedOn: text('Shipment / shipped on', '发运单号 / 发运日期'),
  lotMaterial: text('Lot / material', '批号 / 物料'),
  udi: text('UDI', 'UDI'),
};

/** The kinds of item a recall drill starts from, as the trace explorer names them. */
export const traceNodeTypes: Record<string, DocumentText> = {
  supplier: text('Supplier', '供应商'),
  'supplier-lot': text('Supplier lot', '供应商批次'),
  receipt: text('Receipt', '收货单'),
  lot: text('Lot', '批次'),
  'work-order': text('Work order', '生产工单'),
  shipment: text('Shipment', '发运单'),
  customer: text('Customer', '客户'),
  'sterilization-load': text('Sterilization load', '灭菌批'),
  'inspection-lot': text('Inspection lot', '检验批'),
  'nonconformance-report': text('Nonconformance report', '不合格品报告'),
};
