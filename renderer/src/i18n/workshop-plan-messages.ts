/** The workshop's Plan step (issue 13), kept beside en.ts and zh-CN.ts. */
export const workshopPlanMessagesEn = {
  title: 'Plan: who does what by when',
  open_one: '{{count}} open action',
  open_other: '{{count}} open actions',
  overdueCount_one: ', {{count}} overdue',
  overdueCount_other: ', {{count}} overdue',
  nothingOpen: 'No open actions yet: turn a finding into an action, or add one.',
  due: 'due {{date}}',
  dueToday: 'due today',
  overdue_one: 'overdue {{count}} day ({{date}})',
  overdue_other: 'overdue {{count}} days ({{date}})',
  listSeparator: ', ',
  done: 'Done',
  editHint: 'Choose Edit (E) to add an action or mark one done.',
};

export const workshopPlanMessagesZh: typeof workshopPlanMessagesEn = {
  title: '行动计划：谁在何时之前做什么',
  open_one: '未完成行动项 {{count}} 项',
  open_other: '未完成行动项 {{count}} 项',
  overdueCount_one: '，已逾期 {{count}} 项',
  overdueCount_other: '，已逾期 {{count}} 项',
  nothingOpen: '还没有未完成的行动项：把分析发现变成行动项，或新增一项。',
  due: '截止 {{date}}',
  dueToday: '今天到期',
  overdue_one: '已逾期 {{count}} 天（{{date}}）',
  overdue_other: '已逾期 {{count}} 天（{{date}}）',
  listSeparator: '、',
  done: '完成',
  editHint: '选择“编辑”（E）后可新增行动项或标记完成。',
};
