/** Messages of Settings -> Data security: encryption at rest and the recovery key. */
export const securityMessagesEn = {
  title: 'Settings: data security',
  encryptedOs: "The database and its backups are encrypted on disk. The key is kept by your system's secret store.",
  encryptedPlainText: 'The database and its backups are encrypted on disk.',
  plainTextStore:
    'This system has no secret store (basic_text): the key is kept in a file that any program running as you can read. Install or unlock a keyring (GNOME Keyring or KWallet) to protect it.',
  notEncrypted: 'The database is not encrypted: this system offers no way to keep a key.',
  recoveryHint: 'Keep the recovery key somewhere safe, away from this computer: with it the database opens on another computer (power-map db … --key-file).',
  saveKey: 'Save recovery key…',
  keySaved: 'Recovery key saved',
  close: 'Close',
};

export const securityMessagesZhCN: typeof securityMessagesEn = {
  title: '设置：数据安全',
  encryptedOs: '数据库及其备份已在磁盘上加密。密钥由系统的密钥存储保管。',
  encryptedPlainText: '数据库及其备份已在磁盘上加密。',
  plainTextStore: '此系统没有密钥存储（basic_text）：密钥保存在一个以您身份运行的任何程序都能读取的文件中。请安装或解锁密钥环（GNOME Keyring 或 KWallet）以保护它。',
  notEncrypted: '数据库未加密：此系统无法保管密钥。',
  recoveryHint: '请把恢复密钥保存在安全的地方，不要放在这台电脑上：有了它，可以在另一台电脑上打开数据库（power-map db … --key-file）。',
  saveKey: '保存恢复密钥…',
  keySaved: '恢复密钥已保存',
  close: '关闭',
};
