/**
 * bpmn-js-element-templates in Simplified Chinese, and the fixed texts of Lotflow's own
 * templates (`GET /element-templates`: group, property and choice labels, which the properties
 * panel passes to `translate`). Template names and descriptions come localized from the
 * templates' `metadata.lotflow` instead (`localize-element-templates.ts`).
 */
export const elementTemplatesZhCn: Readonly<Record<string, string>> = {
  // bpmn-js-element-templates
  'Template': '模板',
  'Select': '选择',
  'Change': '更换',
  'Unlink': '解除关联',
  'Applied': '已应用',
  'Remove': '移除',
  'Not found': '未找到',
  'The template applied was not found. Therefore, its properties cannot be shown. Unlink to access the data.':
    '找不到所应用的模板，因此无法显示其属性。解除关联后可访问数据。',
  'Update': '更新',
  'Update available': '有可用更新',
  'Incompatible': '不兼容',
  'A new version of the template is available: {templateVersion}': '模板有新版本：{templateVersion}',
  'A version of this template is available that supports your environment: {templateVersion}': '此模板有支持当前环境的版本：{templateVersion}',
  'Deprecated': '已弃用',
  'This template is deprecated.': '此模板已弃用。',
  'No compatible version of this template was found for your environment. Unlink to access the template’s data.':
    '没有适用于当前环境的模板版本。解除关联后可访问模板数据。',
  'Description': '描述',
  'Custom properties': '自定义属性',
  'Must not be empty.': '不能为空。',
  'Field cannot exceed {maxLength} characters.': '不能超过 {maxLength} 个字符。',
  'Field must be at least {minLength} characters.': '至少 {minLength} 个字符。',
  'Must match pattern {pattern}.': '必须符合格式 {pattern}。',
  'Local variable assignment': '局部变量赋值',
  'On': '开',
  'Off': '关',
  "Parameter won't be created as local variable.": '不会创建此局部变量参数。',
  '<unnamed>': '<未命名>',
  'Process variable assignment': '流程变量赋值',
  "Parameter won't be available in process scope.": '此参数在流程作用域中不可用。',
  'Process variable name must not be empty.': '流程变量名不能为空。',
  'Process variable name must not contain spaces.': '流程变量名不能包含空格。',
  'Assign to process variable': '赋值给流程变量',

  // Lotflow's templates: groups
  'Step': '步骤',
  'Outputs: written as process variables': '输出：写入流程变量',

  // Lotflow's templates: the rule table topic's parameters
  'Rule table': '规则表',
  'Key of the published rule table': '已发布规则表的键',
  "Omit to use the version in force when the process started; 'latest' or a number to choose":
    '留空则使用流程启动时生效的版本；填 latest 或版本号可指定版本',

  // Lotflow's templates: the approval step
  'Candidate group': '候选组',
  'The role whose members may claim the task in the inbox.': '其成员可在任务收件箱中认领此任务的角色。',
  'E-signature meaning': '电子签名含义',
  'What the approver’s electronic signature means; the inbox asks for user name and password again to sign.':
    '审批人电子签名的含义；签名时收件箱会再次要求输入用户名和密码。',
  'Approved for release': '批准放行',
  'Disposition decision': '处置决定',
  'Reviewed': '已审核',
  'No signature': '无需签名',
};

/**
 * Texts of Lotflow's templates that arrive with a value already in them: matched as patterns,
 * each `{placeholder}` standing for the value, which is carried over.
 */
export const elementTemplatePatternsZhCn: Readonly<Record<string, string>> = {
  "The process variable that receives the output '{output}'.": '接收输出“{output}”的流程变量。',
  'Must match {pattern}': '必须符合格式 {pattern}',
  // bpmn-js-element-templates names a scope's group with the scope's type in it.
  'Custom properties for scope <{type}>': '作用域 <{type}> 的自定义属性',
};
