/** Messages for what to do about the findings: the week's top moves, advice lines and grouped findings. */
export const findingsPlanMessagesEn = {
  topTitle: 'This week',
  topCaption: 'The three most important things to do, from the findings below. Click one to see who it concerns.',
  topNone: 'Nothing pressing: keep the relationships warm and the map up to date.',
  advice: 'What to do: ',
  groupPeople_one: '{{count}} person: {{names}}',
  groupPeople_other: '{{count}} people: {{names}}',
  showEach: 'Show each',
  hideEach: 'Hide',
};

export const findingsPlanMessagesZhCN: typeof findingsPlanMessagesEn = {
  topTitle: '本周要做',
  topCaption: '根据下面的发现，本周最重要的三件事。点击一项即可在地图上看到相关人物。',
  topNone: '没有紧急事项：保持关系热度，及时更新地图。',
  advice: '建议：',
  groupPeople_one: '{{count}} 人：{{names}}',
  groupPeople_other: '{{count}} 人：{{names}}',
  showEach: '逐条查看',
  hideEach: '收起',
};
