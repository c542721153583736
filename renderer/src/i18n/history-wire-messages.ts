/**
 * The history's refusals the page tells by key (issue 12): a history that contradicts the account, a
 * merge of another account's file, merge choices that do not fit together. Kept beside en.ts and zh-CN.ts.
 */
export const historyWireMessagesEn = {
  history: {
    contradicts: "This account's history does not match the account as stored, so it was left as it is. Nothing was written.",
  },
  merge: {
    differentAccount: 'This file holds another account: only copies of the same account can be merged. Import it instead. Nothing was written.',
    choicesDoNotFit: 'These choices do not fit together: a record would point at one taken away. Choose the same side for both. Nothing was written.',
  },
};

export const historyWireMessagesZhCN: typeof historyWireMessagesEn = {
  history: {
    contradicts: '该客户的变化记录与当前保存的数据不一致，因此保持原样，未写入任何内容。',
  },
  merge: {
    differentAccount: '此文件属于另一个客户：只能合并同一客户的副本。请改用导入。未写入任何内容。',
    choicesDoNotFit: '这些选择相互矛盾：会有记录指向已被移除的记录。请为两者选择同一方。未写入任何内容。',
  },
};
