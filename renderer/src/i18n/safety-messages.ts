/** Messages of the data-safety screens: the recovery screen, backups, restore, a person's data. */
export const safetyMessagesEn = {
  recovery: {
    heading: 'Power Map could not open its database',
    file: 'Database file',
    problem: {
      damaged: 'The database file is damaged. Power Map has not written to it.',
      'not-a-database': 'The file is not a Power Map database. It was left as it is.',
      'empty-file': 'The database file is empty (0 bytes). It was left as it is.',
      foreign: "The file is another program's database, not Power Map's. It was left as it is.",
      'newer-database': 'The database was written by a newer version of Power Map. Update Power Map to open it; it was left as it is.',
      locked: '{{holder}} is using the database file. Close it, then try again.',
      anotherProgram: 'Another program',
      other: 'The database cannot be opened.',
    },
    choose: 'What would you like to do?',
    backupsHeading: 'Backups',
    noBackups: 'There are no backups of this database yet.',
    latest: 'Latest',
    openBackup: 'Open this backup',
    backupFacts: '{{accounts}} accounts · {{people}} people · {{size}}',
    unreadableBackup: 'cannot be read',
    salvage: 'Salvage what can be read',
    salvageHint: 'Copies every readable account and person into a new database; the damaged file is kept aside.',
    salvaged: 'Salvaged into a new database: {{accounts}} accounts, {{people}} people, {{links}} links.',
    salvageLost: 'Could not be read or no longer fit: {{lost}} records.',
    continue: 'Continue',
    chooseFile: 'Choose another file…',
    retry: 'Try again',
    quit: 'Quit',
    working: 'Working…',
    keptAside: 'The file that was there is kept beside it under a new name, never deleted.',
  },
  restore: {
    title: 'Restore from backup',
    body: 'Restoring replaces what you see now with the backup. The current database is kept beside it under a new name. People erased since the backup stay erased.',
    confirm: 'Restore',
    done: 'Restored the backup of {{date}}.',
  },
  backup: {
    done: 'Backup saved',
  },
  readOnly: 'This database is read-only: you can look, but changes are not saved. Ask for write access to the file to edit.',
  person: {
    export: "Export person's data…",
    exported: "Saved everything held about {{name}}",
    erase: 'Erase person…',
    eraseTitle: 'Erase {{name}} for good?',
    eraseBody:
      'This removes {{name}}, their links and every record of them from this database, and cannot be undone (not even with Undo). Use it for a request to delete personal data. Backups made before now keep them until they rotate out, at most five weeks; restoring one erases them again.',
    eraseConfirm: 'Erase for good',
    erased: '{{name}} was erased',
  },
  errorBody: {
    locked: '{{holder}} is using the database file; the change was not saved. Close it and try again.',
    'read-only': 'This database is read-only; the change was not saved.',
    damaged: 'The database file is damaged; the change was not saved. Restart Power Map to restore a backup.',
    'backup-unusable': 'That backup cannot be read.',
  },
};

export const safetyMessagesZhCN: typeof safetyMessagesEn = {
  recovery: {
    heading: 'Power Map 无法打开数据库',
    file: '数据库文件',
    problem: {
      damaged: '数据库文件已损坏。Power Map 没有写入它。',
      'not-a-database': '该文件不是 Power Map 数据库，已保持原样。',
      'empty-file': '数据库文件是空的（0 字节），已保持原样。',
      foreign: '该文件是其他程序的数据库，不是 Power Map 的，已保持原样。',
      'newer-database': '该数据库由更新版本的 Power Map 写入。请更新 Power Map 后再打开；文件已保持原样。',
      locked: '{{holder}}正在使用数据库文件。请关闭它后重试。',
      anotherProgram: '另一个程序',
      other: '无法打开数据库。',
    },
    choose: '您想怎么做？',
    backupsHeading: '备份',
    noBackups: '此数据库还没有备份。',
    latest: '最新',
    openBackup: '打开此备份',
    backupFacts: '{{accounts}} 个客户 · {{people}} 人 · {{size}}',
    unreadableBackup: '无法读取',
    salvage: '抢救可读取的数据',
    salvageHint: '把所有可读取的客户和人物复制到新数据库；损坏的文件会另存保留。',
    salvaged: '已抢救到新数据库：{{accounts}} 个客户、{{people}} 人、{{links}} 条关系。',
    salvageLost: '无法读取或已不完整：{{lost}} 条记录。',
    continue: '继续',
    chooseFile: '选择其他文件…',
    retry: '重试',
    quit: '退出',
    working: '正在处理…',
    keptAside: '原来的文件以新名称保留在旁边，不会被删除。',
  },
  restore: {
    title: '从备份恢复',
    body: '恢复会用备份替换当前内容。当前数据库以新名称保留在旁边。备份之后已删除（清除）的人物仍保持删除。',
    confirm: '恢复',
    done: '已恢复 {{date}} 的备份。',
  },
  backup: {
    done: '备份已保存',
  },
  readOnly: '此数据库为只读：可以查看，但更改不会保存。如需编辑，请获取该文件的写入权限。',
  person: {
    export: '导出此人的数据…',
    exported: '已保存关于{{name}}的全部数据',
    erase: '彻底删除此人…',
    eraseTitle: '要彻底删除{{name}}吗？',
    eraseBody:
      '这会从数据库中删除{{name}}、其关系以及与其相关的所有记录，且无法撤销（“撤销”也不行）。用于处理删除个人信息的请求。此前的备份会保留此人，直到轮换删除（最多五周）；恢复这些备份时会再次删除此人。',
    eraseConfirm: '彻底删除',
    erased: '已彻底删除{{name}}',
  },
  errorBody: {
    locked: '{{holder}}正在使用数据库文件，更改未保存。请关闭它后重试。',
    'read-only': '此数据库为只读，更改未保存。',
    damaged: '数据库文件已损坏，更改未保存。请重启 Power Map 以恢复备份。',
    'backup-unusable': '无法读取该备份。',
  },
};

/** Titles of the database's error codes, merged into errors.title. */
export const safetyErrorTitlesEn = {
  locked: 'The database is in use',
  'read-only': 'The database is read-only',
  damaged: 'The database is damaged',
  'backup-unusable': 'The backup cannot be used',
};

export const safetyErrorTitlesZhCN: typeof safetyErrorTitlesEn = {
  locked: '数据库正被占用',
  'read-only': '数据库为只读',
  damaged: '数据库已损坏',
  'backup-unusable': '备份无法使用',
};
