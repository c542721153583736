/** The agenda screen's long sections (issue 13's Monday-morning start), kept beside en.ts and zh-CN.ts. */
export const agendaScreenMessagesEn = {
  showAll_one: 'Show all {{count}} line',
  showAll_other: 'Show all {{count}} lines',
};

export const agendaScreenMessagesZh: typeof agendaScreenMessagesEn = {
  showAll_one: '显示全部 {{count}} 项',
  showAll_other: '显示全部 {{count}} 项',
};
