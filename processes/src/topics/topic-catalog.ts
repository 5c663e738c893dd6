/** Text in every language Lotflow speaks. */
export interface TopicText {
  en: string;
  'zh-CN': string;
}

/** Where a parameter's allowed values come from, when they are not fixed in its schema. */
export type ParameterChoices = 'published-rule-tables';

/**
 * One worker topic as the designer and the linter see it: what the step does, the JSON Schema of
 * its input parameters (the worker checks it, the element templates are generated from it) and
 * the process variables it writes. Static data, so the api reads it without starting a worker.
 */
export interface TopicDefinition {
  topic: `lotflow.${string}`;
  label: TopicText;
  description: TopicText;
  parameters: {
    type: 'object';
    properties: Record<string, { description?: string; title?: string } & Record<string, unknown>>;
    required?: string[];
    /** One of these sets of parameters must be given, when no single one is required. */
    anyOf?: Array<{ required: string[]; properties: Record<string, Record<string, never>> }>;
  };
  /** Parameters whose values are chosen from a list the api knows, e.g. the published rule tables. */
  parameterChoices?: Record<string, ParameterChoices>;
  /**
   * The business outcomes the step ends with as BPMN errors, which a model is expected to handle
   * with an error boundary event (an uncaught one ends the instance there, without an incident).
   * Refusals of records (LOTFLOW_RECORD_INVALID) are left out: they mean data or model faults.
   */
  errors?: readonly string[];
  /** The process variables the step writes; empty when they depend on the configuration. */
  outputs: {
    description: TopicText;
    properties: Record<string, { type: string; description?: string }>;
  };
}

export const evaluateRuleSetTopic: TopicDefinition = {
  topic: 'lotflow.evaluate-rule-set',
  errors: ['LOTFLOW_NO_DECISION'],
  label: { en: 'Evaluate rule table', 'zh-CN': '执行规则表' },
  description: {
    en: 'Decides with a published rule table: the task’s variables are the facts, the deciding row’s outputs become process variables. BPMN error LOTFLOW_NO_DECISION when no row decides.',
    'zh-CN': '用已发布的规则表做决策：任务变量即事实，命中行的输出成为流程变量。没有行命中时抛出 BPMN 错误 LOTFLOW_NO_DECISION。',
  },
  parameters: {
    type: 'object',
    properties: {
      ruleSet: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', title: 'Rule table', description: 'Key of the published rule table' },
      ruleSetVersion: {
        // null: an input parameter left empty in the designer, the same as leaving it out.
        anyOf: [{ enum: ['latest'] }, { type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[1-9][0-9]*$' }, { type: 'null' }],
        title: 'Version',
        description: "Omit to use the version in force when the process started; 'latest' or a number to choose",
      },
    },
    required: ['ruleSet'],
  },
  parameterChoices: { ruleSet: 'published-rule-tables' },
  outputs: {
    description: {
      en: "One process variable per output of the rule table (a list per output for multi-hit tables); the task keeps the table's version and deciding row as local variables.",
      'zh-CN': '规则表的每个输出成为一个流程变量（多命中表为列表）；任务以局部变量记录规则表版本和命中行。',
    },
    properties: {},
  },
};

// The kernel's actions. Input parameters arrive as text unless a variable holds JSON, so numbers
// and objects accept both; an optional parameter left empty in the designer arrives as null.
const key = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' };
const code = { type: 'string', minLength: 1, maxLength: 120 };
const variableName = { type: ['string', 'null'], pattern: '^[A-Za-z_][A-Za-z0-9_]*$' };
const jsonObject = { anyOf: [{ type: 'object' }, { type: 'string', pattern: '^\\s*\\{' }] };
const jsonArray = { anyOf: [{ type: 'array', minItems: 1 }, { type: 'string', pattern: '^\\s*\\[' }] };
const decimal = { anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,3})?$' }] };
const optionalText = { type: ['string', 'null'], maxLength: 500 };
const idempotent = {
  en: 'Runs once per task: a redelivered task changes nothing and answers the first result.',
  'zh-CN': '每个任务只执行一次：重复投递的任务不做任何更改，返回首次结果。',
};

export const createRecordTopic: TopicDefinition = {
  topic: 'lotflow.record.create',
  label: { en: 'Create record', 'zh-CN': '创建记录' },
  description: {
    en: `Creates a record of a published dictionary type from values mapped from process variables; the code comes from the type's numbering sequence unless given. Invalid values are the BPMN error LOTFLOW_RECORD_INVALID. ${idempotent.en}`,
    'zh-CN': `用流程变量映射的值创建已发布字典类型的记录；未给出编码时按该类型的编号规则生成。值不合法时抛出 BPMN 错误 LOTFLOW_RECORD_INVALID。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      type: { ...key, title: 'Dictionary type', description: "Key of the published type, e.g. 'lot'" },
      values: { ...jsonObject, title: 'Values', description: 'JSON object of field values; ${…} expressions map process variables, e.g. {"material": "${material}", "quantity": ${quantity}}' },
      resultVariable: { ...variableName, title: 'Code variable', description: "Process variable that receives the new record's code; default <type>Code, e.g. lotCode" },
      reason: { ...optionalText, title: 'Reason', description: 'Why, kept in the audit trail' },
    },
    required: ['type', 'values'],
  },
  outputs: {
    description: { en: "The new record's code, in the variable named by 'Code variable' (default <type>Code).", 'zh-CN': '新记录的编码，写入“编码变量”指定的变量（默认 <类型>Code）。' },
    properties: {},
  },
};

export const updateRecordTopic: TopicDefinition = {
  topic: 'lotflow.record.update',
  label: { en: 'Update record', 'zh-CN': '更新记录' },
  description: {
    en: `Changes fields of an existing record; the other fields keep their values. A regulated field needs a reason. Invalid values are the BPMN error LOTFLOW_RECORD_INVALID. ${idempotent.en}`,
    'zh-CN': `修改已有记录的字段，其余字段保持不变。受控字段需填写原因。值不合法时抛出 BPMN 错误 LOTFLOW_RECORD_INVALID。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      type: { ...key, title: 'Dictionary type', description: "Key of the published type, e.g. 'lot'" },
      code: { ...code, title: 'Record code', description: 'Code of the record to change, e.g. ${lotCode}' },
      values: { ...jsonObject, title: 'Changed values', description: 'JSON object of the fields to change, e.g. {"notes": "${inspectionNotes}"}' },
      reason: { ...optionalText, title: 'Reason', description: 'Why: required when a regulated field changes' },
    },
    required: ['type', 'code', 'values'],
  },
  outputs: { description: { en: 'No variables.', 'zh-CN': '不写入变量。' }, properties: {} },
};

export const readRecordTopic: TopicDefinition = {
  topic: 'lotflow.record.read',
  label: { en: 'Read record', 'zh-CN': '读取记录' },
  description: {
    en: "Reads fields of an existing record into process variables, so a rule table can decide on them, e.g. a supplier's approval for a material and its certificate's expiry. A field path is dotted; [field=value] picks the first row of a list with that value, e.g. certificates[standard=iso-13485].expiresOn. A missing value is null; a missing record is the BPMN error LOTFLOW_RECORD_INVALID. Reading changes nothing.",
    'zh-CN': '将已有记录的字段读入流程变量，供规则表决策，例如供应商对某物料的准入状态及其证书有效期。字段路径以点分隔；[字段=值] 选取列表中该字段等于该值的第一行，例如 certificates[standard=iso-13485].expiresOn。缺失的值为 null；记录不存在时抛出 BPMN 错误 LOTFLOW_RECORD_INVALID。读取不做任何更改。',
  },
  parameters: {
    type: 'object',
    properties: {
      type: { ...key, title: 'Dictionary type', description: "Key of the published type, e.g. 'supplier'" },
      code: { ...code, title: 'Record code', description: 'Code of the record to read, e.g. ${supplier}' },
      variables: {
        anyOf: [
          { type: 'object', minProperties: 1, propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }, additionalProperties: { type: 'string', minLength: 1 } },
          { type: 'string', pattern: '^\\s*\\{' },
        ],
        title: 'Variables',
        description: 'JSON object: process variable → field path, e.g. {"supplierStatus": "status", "supplierApprovalStatus": "materialApprovals[material=${material}].status"}',
      },
    },
    required: ['type', 'code', 'variables'],
  },
  outputs: { description: { en: "One process variable per entry of 'Variables'.", 'zh-CN': '“变量”中的每一项写入一个流程变量。' }, properties: {} },
};

export const assignNumberTopic: TopicDefinition = {
  topic: 'lotflow.number.assign',
  label: { en: 'Assign number', 'zh-CN': '分配编号' },
  description: {
    en: `Takes the next number of a numbering sequence (e.g. LOT-260302-0001), distinct and gap-free. ${idempotent.en}`,
    'zh-CN': `从编号规则取下一个编号（如 LOT-260302-0001），唯一且连续。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      sequence: { ...key, title: 'Numbering sequence', description: "Key of the sequence, e.g. 'lot'" },
      resultVariable: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', title: 'Number variable', description: 'Process variable that receives the number' },
    },
    required: ['sequence', 'resultVariable'],
  },
  outputs: { description: { en: "The number, in the variable named by 'Number variable'.", 'zh-CN': '编号，写入“编号变量”指定的变量。' }, properties: {} },
};

export const postMovementsTopic: TopicDefinition = {
  topic: 'lotflow.inventory.post',
  errors: ['LOTFLOW_LOT_BLOCKED', 'LOTFLOW_SHORTFALL'],
  label: { en: 'Post inventory movements', 'zh-CN': '过账库存移动' },
  description: {
    en: `Posts movements to the ledger all or nothing (receipt, issue, production-output, transfer, scrap, return-to-supplier, shipment), with the trace links they imply; can post every lot reserved for a work order or a shipment in the same posting. An unreleased or expired lot is the BPMN error LOTFLOW_LOT_BLOCKED, too little free stock LOTFLOW_SHORTFALL, invalid data LOTFLOW_RECORD_INVALID. ${idempotent.en}`,
    'zh-CN': `整体过账库存移动（收货、投料、生产入库、调拨、报废、退供应商、发运）并写入相应追溯关系；可在同一过账中将为某工单或发运预留的全部批次一并过账。批次未放行或已过期时抛出 BPMN 错误 LOTFLOW_LOT_BLOCKED，可用库存不足时 LOTFLOW_SHORTFALL，数据不合法时 LOTFLOW_RECORD_INVALID。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      movements: {
        ...jsonArray,
        title: 'Movements',
        description: 'JSON list of {type, lot, location, quantity, toLocation?, document?: {type, code}, reservation?}, e.g. [{"type": "receipt", "lot": "${lotCode}", "location": "RECEIVING", "quantity": ${quantity}}]; may be left out when the step posts what is reserved',
      },
      reserved: {
        anyOf: [{ type: 'object' }, { type: 'string', pattern: '^\\s*\\{' }, { type: 'null' }],
        title: 'Post what is reserved',
        description: 'JSON object: every lot of a reservation, or of every reservation for a work order, moved in full in the same posting, e.g. {"workOrder": "${workOrderCode}", "type": "issue", "document": {"type": "work-order", "code": "${workOrderCode}"}} or {"reservation": "${reservationId}", "type": "shipment", "document": {"type": "shipment", "code": "${shipmentCode}"}}',
      },
      links: { anyOf: [{ type: 'array' }, { type: 'string', pattern: '^\\s*\\[' }, { type: 'null' }], title: 'Extra trace links', description: 'JSON list of {from: {type, code}, to: {type, code}, relation?} that no movement implies' },
      resultVariable: { ...variableName, title: 'Posting variable', description: "Process variable that receives the posting's id" },
    },
    anyOf: [
      { required: ['movements'], properties: { movements: {} } },
      { required: ['reserved'], properties: { reserved: {} } },
    ],
  },
  outputs: { description: { en: "The posting's id, when 'Posting variable' names a variable.", 'zh-CN': '过账编号，写入“过账变量”指定的变量（如已填写）。' }, properties: {} },
};

export const reserveStockTopic: TopicDefinition = {
  topic: 'lotflow.inventory.reserve',
  errors: ['LOTFLOW_SHORTFALL'],
  label: { en: 'Reserve stock (FEFO)', 'zh-CN': '预留库存（先到期先出）' },
  description: {
    en: `Reserves a material for a customer or a work order, first expiry first out, over released, unexpired lots with free stock and enough remaining shelf life. Not enough is the BPMN error LOTFLOW_SHORTFALL with the explanation. ${idempotent.en}`,
    'zh-CN': `按先到期先出为客户或工单预留物料，只用已放行、未过期、有可用库存且剩余效期足够的批次。不足时抛出 BPMN 错误 LOTFLOW_SHORTFALL 并说明原因。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      material: { ...code, title: 'Material', description: 'Material code, e.g. FG-IVS-20D' },
      quantity: { ...decimal, title: 'Quantity', description: "In the material's unit, at most three decimals" },
      customer: { type: ['string', 'null'], maxLength: 120, title: 'Customer', description: 'Customer code: its minimum remaining shelf life applies' },
      workOrder: { type: ['string', 'null'], maxLength: 120, title: 'Work order', description: 'Work order code, when the stock is for production' },
      location: { type: ['string', 'null'], maxLength: 120, title: 'Location', description: 'Reserve only stock at this location' },
      minimumRemainingShelfLifeDays: {
        anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[0-9]+$' }, { type: 'null' }],
        title: 'Minimum shelf life (days)',
        description: "Overrides the customer's minimum remaining shelf life",
      },
      shelfLifeOverrideDecision: {
        type: ['string', 'null'],
        pattern: '^[a-z0-9][a-z0-9-]*:.+$',
        title: 'Shelf-life override decision',
        description: '<type>:<code> of a decision with a valid electronic signature that allows lots below the minimum shelf life, e.g. shelf-life-override:${shelfLifeOverrideCode}',
      },
      shelfLifeOverrideReason: { ...optionalText, title: 'Shelf-life override reason', description: 'Why short-dated lots may be allocated; required with the decision' },
      gtin: { type: ['string', 'null'], pattern: '^[0-9]{14}$', title: 'GTIN', description: "When given, each allocated lot's line also carries the material and its UDI (01) GTIN (17) expiry (10) lot, ready for a shipment line" },
      resultVariable: { ...variableName, title: 'Reservation variable', description: "Process variable that receives the reservation's id; default reservationId" },
      allocationVariable: { ...variableName, title: 'Allocation variable', description: 'Process variable that receives the allocated lots as JSON text [{lot, location, quantity, expiresOn, material?, udi?}]; default reservationLines' },
    },
    required: ['material', 'quantity'],
  },
  outputs: {
    description: { en: "The reservation's id and the allocated lots.", 'zh-CN': '预留编号及分配的批次。' },
    properties: {},
  },
};

export const setLotStatusTopic: TopicDefinition = {
  topic: 'lotflow.lot.set-status',
  label: { en: 'Change lot status', 'zh-CN': '变更批次状态' },
  description: {
    en: `Sets a lot's status (quarantine, released, hold, rejected) with its reason, audited; a status other than released also releases the lot's open reservations. ${idempotent.en}`,
    'zh-CN': `设置批次状态（待验、已放行、冻结、不合格）并记录原因及审计；非放行状态同时释放该批次的预留。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      lot: { ...code, title: 'Lot', description: 'Lot number, e.g. ${lotCode}' },
      status: { type: 'string', minLength: 1, maxLength: 40, title: 'Status', description: 'quarantine, released, hold or rejected' },
      reason: { type: 'string', minLength: 1, maxLength: 500, title: 'Reason', description: 'Why: the status is a regulated field' },
    },
    required: ['lot', 'status', 'reason'],
  },
  outputs: { description: { en: 'No variables.', 'zh-CN': '不写入变量。' }, properties: {} },
};

export const linkRecordsTopic: TopicDefinition = {
  topic: 'lotflow.trace.link',
  label: { en: 'Link records (trace)', 'zh-CN': '关联记录（追溯）' },
  description: {
    en: `Adds a trace link no movement implies, in the direction material flows, e.g. a sterilization load → the lots it sterilized. Both ends must exist. ${idempotent.en}`,
    'zh-CN': `按物料流向添加库存移动未隐含的追溯关系，例如灭菌批 → 其灭菌的批次。两端记录须存在。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      from: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*:.+$', title: 'From', description: '<type>:<code>, e.g. sterilization-load:${loadCode}' },
      to: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*:.+$', title: 'To', description: '<type>:<code>, e.g. lot:${lotCode}' },
      relation: { type: ['string', 'null'], pattern: '^[a-z][a-z-]*$', maxLength: 30, title: 'Relation', description: "What the link means, e.g. 'sterilized'; default 'linked'" },
    },
    required: ['from', 'to'],
  },
  outputs: { description: { en: 'No variables.', 'zh-CN': '不写入变量。' }, properties: {} },
};

export const sendIntegrationMessageTopic: TopicDefinition = {
  topic: 'lotflow.integration.send',
  label: { en: 'Send to MES / WMS / LIMS', 'zh-CN': '发送至 MES / WMS / LIMS' },
  description: {
    en: `Queues a signed message to a configured integration endpoint (the transactional outbox delivers it with retries). ${idempotent.en}`,
    'zh-CN': `向已配置的集成端点排队发送签名消息（事务性发件箱负责投递并重试）。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      endpoint: { type: 'string', minLength: 1, maxLength: 80, title: 'Endpoint', description: 'Name of the configured endpoint, e.g. mes-line-1' },
      type: { type: 'string', minLength: 1, maxLength: 120, title: 'Message type', description: "What happened, in the receiver's words, e.g. lot.released" },
      payload: { ...jsonObject, title: 'Payload', description: 'JSON object, e.g. {"lot": "${lotCode}"}' },
    },
    required: ['endpoint', 'type', 'payload'],
  },
  outputs: { description: { en: "The message's id, in integrationMessageId.", 'zh-CN': '消息编号，写入 integrationMessageId。' }, properties: { integrationMessageId: { type: 'string' } } },
};

export const renderDocumentTopic: TopicDefinition = {
  topic: 'lotflow.document.render',
  label: { en: 'Render document (PDF)', 'zh-CN': '生成文件（PDF）' },
  description: {
    en: `Compiles the device history record of a lot or the certificate of conformance of a shipment as PDF and stores it as a new version when its content changed. ${idempotent.en}`,
    'zh-CN': `生成批次的产品历史记录或发运单的合格证明（PDF），内容有变化时保存为新版本。${idempotent['zh-CN']}`,
  },
  parameters: {
    type: 'object',
    properties: {
      kind: { enum: ['device-history-record', 'certificate-of-conformance'], title: 'Document', description: 'device-history-record (of a lot) or certificate-of-conformance (of a shipment)' },
      subject: { ...code, title: 'Lot or shipment', description: 'The lot number or the shipment number, e.g. ${lotCode}' },
      resultVariable: { ...variableName, title: 'Document variable', description: "Process variable that receives the document's id; default documentId" },
    },
    required: ['kind', 'subject'],
  },
  outputs: {
    description: { en: "The document's id (default documentId) and its version in documentVersion.", 'zh-CN': '文件编号（默认 documentId）及版本号 documentVersion。' },
    properties: { documentVersion: { type: 'integer' } },
  },
};

/** Every topic Lotflow's workers serve. A service task with any other topic would wait for ever. */
export const topicCatalog: readonly TopicDefinition[] = [
  evaluateRuleSetTopic,
  createRecordTopic,
  updateRecordTopic,
  readRecordTopic,
  assignNumberTopic,
  postMovementsTopic,
  reserveStockTopic,
  setLotStatusTopic,
  linkRecordsTopic,
  sendIntegrationMessageTopic,
  renderDocumentTopic,
];
