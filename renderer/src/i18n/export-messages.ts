/** The export dialog's words, kept beside en.ts and zh-CN.ts so the dialog's strings live in one place. */
export const exportMessagesEn = {
  title: 'Export',
} as const;

export const exportMessagesZhCN: { [K in keyof typeof exportMessagesEn]: string } = {
  title: '导出',
};
