/**
 * The messages of bpmnlint's recommended rules and Lotflow's rules
 * (`processes/src/lint/lotflow-lint-plugin.ts`) in Simplified Chinese, by rule, then by the
 * English message. A `{placeholder}` stands for a value the rule put into its message; the value
 * is carried over.
 */
export const lintMessagesZhCn: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ad-hoc-sub-process': {
    'A <Start Event> is not allowed in <Ad Hoc Sub Process>': '<临时子流程> 中不允许有 <开始事件>',
    'An <End Event> is not allowed in <Ad Hoc Sub Process>': '<临时子流程> 中不允许有 <结束事件>',
  },
  'conditional-flows': {
    'Sequence flow is missing condition': '顺序流缺少条件',
  },
  'end-event-required': {
    'Process is missing end event': '流程缺少结束事件',
    'Sub process is missing end event': '子流程缺少结束事件',
  },
  'event-based-gateway': {
    'An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>': '<事件网关> 至少需要 2 条传出的 <顺序流>',
    'A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional': '从 <事件网关> 传出的 <顺序流> 不能带条件',
  },
  'event-sub-process-typed-start-event': {
    'Start event is missing event definition': '开始事件缺少事件定义',
  },
  'fake-join': {
    'Incoming flows do not join': '传入的流没有汇合',
  },
  'global': {
    'Element is missing name': '元素缺少名称',
    'Element is unused': '元素未被使用',
    'Element name is not unique': '元素名称不唯一',
  },
  'label-required': {
    'Element is missing label/name': '元素缺少标签/名称',
  },
  'link-event': {
    'Link event is missing link name': '链接事件缺少链接名称',
    'Link catch event with link name <{name}> missing in scope': '作用域内缺少链接名称为 <{name}> 的链接捕获事件',
    'Link throw event with link name <{name}> missing in scope': '作用域内缺少链接名称为 <{name}> 的链接抛出事件',
    'Duplicate link catch event with link name <{name}> in scope': '作用域内链接名称为 <{name}> 的链接捕获事件重复',
  },
  'no-bpmndi': {
    'Element is missing bpmndi': '元素缺少图形信息（BPMNDI）',
  },
  'no-complex-gateway': {
    'Element type <{type}> is discouraged': '不建议使用元素类型 <{type}>',
  },
  'no-disconnected': {
    'Element is not connected': '元素没有连接',
  },
  'no-duplicate-sequence-flows': {
    'SequenceFlow is a duplicate': '顺序流重复',
    'Duplicate outgoing sequence flows': '传出的顺序流重复',
    'Duplicate incoming sequence flows': '传入的顺序流重复',
  },
  'no-gateway-join-fork': {
    'Gateway forks and joins': '网关同时分支和汇合',
  },
  'no-implicit-split': {
    'Flow splits implicitly': '流程隐式分支',
  },
  'no-implicit-end': {
    'Element is an implicit end': '元素是隐式结束',
  },
  'no-implicit-start': {
    'Element is an implicit start': '元素是隐式开始',
  },
  'no-inclusive-gateway': {
    'Element type <{type}> is discouraged': '不建议使用元素类型 <{type}>',
  },
  'no-overlapping-elements': {
    'Element overlaps with other element': '元素与其他元素重叠',
    'Element is outside of parent boundary': '元素超出了父元素的边界',
  },
  'single-blank-start-event': {
    'Process has multiple blank start events': '流程有多个空开始事件',
    'Sub process has multiple blank start events': '子流程有多个空开始事件',
  },
  'single-event-definition': {
    'Event has multiple event definitions': '事件有多个事件定义',
  },
  'start-event-required': {
    'Process is missing start event': '流程缺少开始事件',
    'Sub process is missing start event': '子流程缺少开始事件',
  },
  'sub-process-blank-start-event': {
    'Start event must be blank': '开始事件必须为空开始事件',
  },
  'superfluous-gateway': {
    'Gateway is superfluous. It only has one source and target.': '网关多余：它只有一个来源和一个目标。',
  },
  'superfluous-label': {
    'Sequence flow has superfluous label': '顺序流的标签多余',
  },
  'superfluous-termination': {
    'Termination is superfluous.': '终止多余。',
  },
  'lotflow/service-task-topic': {
    'Service task has no step: choose one under Steps, or set an external topic': '服务任务没有步骤：请在“步骤”中选择一个，或设置外部任务主题',
    'External task has no topic: choose a step under Steps': '外部任务没有主题：请在“步骤”中选择一个步骤',
    "Topic '{topic}' has no handler: Lotflow's workers serve {known}": '主题“{topic}”没有处理程序：Lotflow 的工作器只处理 {known}',
    "Topic '{topic}' needs the input parameter '{name}'": '主题“{topic}”需要输入参数“{name}”',
  },
  'lotflow/rule-table-published': {
    "Input parameter '{parameter}' is empty: choose a published rule table": '输入参数“{parameter}”为空：请选择一个已发布的规则表',
    "Rule table '{key}' is not published: publish it first, or choose a published one": '规则表“{key}”尚未发布：请先发布，或选择一个已发布的规则表',
  },
  'lotflow/start-form-published': {
    "Start form type '{type}' is not a published dictionary type: publish it first, or choose a published one": '开始表单类型“{type}”不是已发布的字典类型：请先发布，或选择一个已发布的类型',
  },
  'lotflow/user-task-candidate-group': {
    'User task has no candidate group: no one could claim it in the inbox': '用户任务没有候选组：收件箱里没有人能认领它',
  },
  'lotflow/user-task-form': {
    'User task has no form: the approver would see nothing to review or fill in': '用户任务没有表单：审批人将看不到任何需要审核或填写的内容',
  },
  'lotflow/step-errors-caught': {
    'Step may end with the BPMN error {codes}, which nothing catches: the worker stops it with an incident. Catch it with an error boundary event to model what follows': '步骤可能以 BPMN 错误 {codes} 结束，但没有任何捕获：工作器会以事故停止该步骤。请用错误边界事件捕获，以建模后续处理',
  },
  'lotflow/gateway-default-flow': {
    'Gateway has no default flow: when no condition holds, the process stops with an incident': '网关没有默认流：没有条件成立时，流程会因事故而停止',
  },
};

/** Values bpmnlint puts into its messages that are words, not names: translated with the message. */
export const lintValuesZhCn: Readonly<Record<string, string>> = {
  'bpmn:ComplexGateway': '复杂网关',
  'bpmn:InclusiveGateway': '包容网关',
  'no topic': '任何主题',
};
