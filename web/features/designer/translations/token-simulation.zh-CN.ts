/**
 * bpmn-js-token-simulation in Simplified Chinese. The extension writes its English into the DOM
 * without `translate`, so `token-simulation-language` translates the texts and titles it renders:
 * these exactly, and the patterns below with their `{placeholder}` values carried over (a value
 * that is itself one of these texts, such as "Process", is translated too).
 */
export const tokenSimulationZhCn: Readonly<Record<string, string>> = {
  // Palette and toolbar
  'Reset Simulation': '重置模拟',
  'Play/Pause Simulation': '播放/暂停模拟',
  'Pause Simulation': '暂停模拟',
  'Play Simulation': '播放模拟',
  'Toggle Simulation Log': '显示/隐藏模拟日志',
  'Set animation speed = Slow': '动画速度：慢',
  'Set animation speed = Normal': '动画速度：正常',
  'Set animation speed = Fast': '动画速度：快',

  // Context pads on the canvas
  'Set Sequence Flow': '选择顺序流',
  'Add pause point': '添加暂停点',
  'Remove pause point': '移除暂停点',
  'Trigger Event': '触发事件',

  // Log and notifications
  'Simulation Log': '模拟日志',
  'Close': '关闭',
  'No Entries': '暂无记录',
  'Finished': '已完成',
  'Found unsupported elements': '发现不支持的元素',
  'Not supported': '不支持',
  'Process': '流程',
  'SubProcess': '子流程',
  'Service Task': '服务任务',
  'User Task': '用户任务',
  'Call Activity': '调用活动',
  'Script Task': '脚本任务',
  'Business Rule Task': '业务规则任务',
  'Manual Task': '手工任务',
  'Receive Task': '接收任务',
  'Send Task': '发送任务',
  'Task': '任务',
  'Exclusive Gateway': '排他网关',
  'Parallel Gateway': '并行网关',
  'Inclusive Gateway': '包容网关',
  'Start Event': '开始事件',
  'Intermediate Event': '中间事件',
  'Boundary Event': '边界事件',
  'End Event': '结束事件',
};

export const tokenSimulationPatternsZhCn: Readonly<Record<string, string>> = {
  '{scope} started': '{scope}已启动',
  '{scope} finished': '{scope}已完成',
  '{scope} canceled': '{scope}已取消',
  'Focus process instance {instance}': '聚焦流程实例 {instance}',
};
