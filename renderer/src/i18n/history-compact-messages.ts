/** Compacting old history into a snapshot (issue 12, "a history of years stays small"), beside en.ts and zh-CN.ts. */
export const historyCompactMessagesEn = {
  heading: 'Keep the history small',
  note: 'Folds the changes older than a day into one snapshot. The map as of an earlier day can no longer be shown; the account itself does not change.',
  before: 'Changes before',
  run: 'Compact…',
  confirmTitle: 'Compact the history before {{date}}?',
  confirmBody: 'The changes recorded before {{date}} are folded into a snapshot and can no longer be listed or viewed one by one. This cannot be undone.',
  confirm: 'Compact',
  done_one: '{{count}} old change folded into a snapshot; the map can be viewed from {{date}} on.',
  done_other: '{{count}} old changes folded into a snapshot; the map can be viewed from {{date}} on.',
  nothing: 'No change before {{date}} to compact.',
  future: 'Only the past can be compacted: pick today or an earlier day.',
};

export const historyCompactMessagesZhCN: typeof historyCompactMessagesEn = {
  heading: '精简历史记录',
  note: '把某日之前的变更合并为一个快照。此后无法再查看更早日期的地图；客户本身不变。',
  before: '此日期之前的变更',
  run: '压缩…',
  confirmTitle: '压缩 {{date}} 之前的历史？',
  confirmBody: '{{date}} 之前记录的变更将合并为一个快照，无法再逐条列出或查看。此操作无法撤销。',
  confirm: '压缩',
  done_one: '已将 {{count}} 条旧变更合并为快照；可查看 {{date}} 起的地图。',
  done_other: '已将 {{count}} 条旧变更合并为快照；可查看 {{date}} 起的地图。',
  nothing: '{{date}} 之前没有可压缩的变更。',
  future: '只能压缩过去的历史：请选择今天或更早的日期。',
};
