/** The person context menu on the map and the open-actions flag (issue 13), kept beside en.ts and zh-CN.ts. */
export const personMenuMessagesEn = {
  label: 'Actions for {{name}}',
  logContact: 'Log contact…',
  newAction: 'New action for this person',
  verifyToday: 'Mark verified today',
  duplicate: 'Duplicate',
  delete: 'Delete',
  openActions_one: '{{count}} open action',
  openActions_other: '{{count}} open actions',
};

export const personMenuMessagesZhCN: typeof personMenuMessagesEn = {
  label: '{{name}} 的操作',
  logContact: '记录拜访…',
  newAction: '为此人新建行动项',
  verifyToday: '标记为今天已核实',
  duplicate: '复制',
  delete: '删除',
  openActions_one: '{{count}} 项未完成行动',
  openActions_other: '{{count}} 项未完成行动',
};
