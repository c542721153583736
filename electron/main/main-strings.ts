import type { Locale } from '../../shared/ipc';

/**
 * The words the main process shows itself: the native menu and the native dialogs. The page has its
 * own messages (renderer/src/i18n); these follow the same language setting, and the menu is rebuilt
 * when the user switches.
 */
export interface MainStrings {
  menu: {
    file: string;
    edit: string;
    view: string;
    help: string;
    newAccount: string;
    import: string;
    importContacts: string;
    export: string;
    exportMap: string;
    backupNow: string;
    restoreBackup: string;
    workshop: string;
    quit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    delete: string;
    selectAll: string;
    find: string;
    addPerson: string;
    addTeamMember: string;
    duplicate: string;
    addLink: string;
    fit: string;
    zoomIn: string;
    zoomOut: string;
    language: string;
    theme: string;
    accounts: string;
    portfolio: string;
    fullScreen: string;
    about: string;
  };
  dialog: {
    exportTitle: string;
    importTitle: string;
    fileKind: string;
    allFiles: string;
    formatKind: Record<'png' | 'svg' | 'pdf' | 'pptx', string>;
    contactsTitle: string;
    contactsKind: string;
    tableKind: Record<'csv' | 'xlsx', string>;
    recoveryKeyTitle: string;
    openRecoveryKeyTitle: string;
    recoveryKeyKind: string;
  };
}

const en: MainStrings = {
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    newAccount: 'New account',
    import: 'Import…',
    importContacts: 'Import contacts (CSV, Excel)…',
    export: 'Export account file…',
    exportMap: 'Export map and slides…',
    backupNow: 'Back up now…',
    restoreBackup: 'Restore from backup…',
    workshop: 'Workshop mode',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select all',
    find: 'Find…',
    addPerson: 'Add person',
    addTeamMember: 'Add team member',
    duplicate: 'Duplicate person',
    addLink: 'Add link',
    fit: 'Fit',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    language: 'Language: English / 简体中文',
    theme: 'Theme',
    accounts: 'Accounts',
    portfolio: 'Portfolio',
    fullScreen: 'Full screen',
    about: 'About Power Map',
  },
  dialog: {
    exportTitle: 'Export account',
    importTitle: 'Import account',
    fileKind: 'Power Map account',
    allFiles: 'All files',
    formatKind: { png: 'PNG image', svg: 'SVG drawing', pdf: 'PDF document', pptx: 'PowerPoint deck' },
    contactsTitle: 'Import contacts',
    contactsKind: 'Contact tables (CSV, TSV, TXT, Excel)',
    tableKind: { csv: 'CSV (UTF-8)', xlsx: 'Excel workbook' },
    recoveryKeyTitle: 'Save recovery key',
    openRecoveryKeyTitle: 'Open with recovery key',
    recoveryKeyKind: 'Recovery key',
  },
};

const zhCN: MainStrings = {
  menu: {
    file: '文件',
    edit: '编辑',
    view: '视图',
    help: '帮助',
    newAccount: '新建客户',
    import: '导入…',
    importContacts: '导入联系人（CSV、Excel）…',
    export: '导出客户文件…',
    exportMap: '导出地图和幻灯片…',
    backupNow: '立即备份…',
    restoreBackup: '从备份恢复…',
    workshop: '研讨会模式',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    delete: '删除',
    selectAll: '全选',
    find: '查找…',
    addPerson: '添加人物',
    addTeamMember: '添加我方成员',
    duplicate: '复制人员',
    addLink: '添加关系',
    fit: '适应窗口',
    zoomIn: '放大',
    zoomOut: '缩小',
    language: '语言：简体中文 / English',
    theme: '主题',
    accounts: '客户列表',
    portfolio: '客户组合',
    fullScreen: '全屏',
    about: '关于 Power Map',
  },
  dialog: {
    exportTitle: '导出客户',
    importTitle: '导入客户',
    fileKind: 'Power Map 客户文件',
    allFiles: '所有文件',
    formatKind: { png: 'PNG 图片', svg: 'SVG 矢量图', pdf: 'PDF 文档', pptx: 'PowerPoint 演示文稿' },
    contactsTitle: '导入联系人',
    contactsKind: '联系人表格 (CSV、TSV、TXT、Excel)',
    tableKind: { csv: 'CSV (UTF-8)', xlsx: 'Excel 工作簿' },
    recoveryKeyTitle: '保存恢复密钥',
    openRecoveryKeyTitle: '用恢复密钥打开',
    recoveryKeyKind: '恢复密钥',
  },
};

export function mainStrings(locale: Locale): MainStrings {
  return locale === 'zh-CN' ? zhCN : en;
}
