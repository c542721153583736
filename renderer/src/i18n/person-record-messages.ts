/** Messages for a person's e-mail, phone, provenance and verification (the panel and the People table). */
export const personRecordMessagesEn = {
  email: 'E-mail',
  phone: 'Phone',
  source: 'Source',
  sourcePlaceholder: 'Met in person, a colleague, an imported file…',
  verifiedOn: 'Facts verified on',
  verifiedNever: 'Never verified',
  verifyToday: 'Verified today',
  verifyTodayHint: 'You confirmed title, layer and attitude today.',
};

export const personRecordMessagesZhCN: typeof personRecordMessagesEn = {
  email: '邮箱',
  phone: '电话',
  source: '来源',
  sourcePlaceholder: '当面结识、同事介绍、导入的文件…',
  verifiedOn: '信息核实于',
  verifiedNever: '从未核实',
  verifyToday: '今天已核实',
  verifyTodayHint: '今天已确认职位、层级和态度。',
};
