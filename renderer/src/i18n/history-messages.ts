/** A person's status and the account's history (issue 12), kept beside en.ts and zh-CN.ts. */
export const historyMessagesEn = {
  status: {
    label: 'Status',
    active: 'Active',
    left: 'Left',
    onLeave: 'On leave',
    since: 'Since',
    leftTo: 'Went to',
    leftToUnknown: 'Not known',
    leftToCompetitor: 'Competitor: {{name}}',
    leftToEmployer: 'Another employer…',
    employer: 'New employer',
    hint: 'People who left or are on leave stay on the map, faded, and take no part in the coverage rules.',
    hide: 'Hide leavers',
    hideTitle: 'Hide people who left or are on leave from the map (they stay in the account and its history)',
  },
};

export const historyMessagesZhCN: typeof historyMessagesEn = {
  status: {
    label: '状态',
    active: '在职',
    left: '已离职',
    onLeave: '休假中',
    since: '起始日期',
    leftTo: '去向',
    leftToUnknown: '不详',
    leftToCompetitor: '竞争对手：{{name}}',
    leftToEmployer: '其他单位…',
    employer: '新单位',
    hint: '已离职或休假中的人仍留在地图上（淡化显示），不参与覆盖规则的计算。',
    hide: '隐藏离职者',
    hideTitle: '在地图上隐藏已离职或休假中的人（他们仍保留在客户及其历史中）',
  },
};
