import { normalizeHeader } from './normalize';
import type { ColumnMapping, FieldTarget } from './types';

/**
 * The column headers DOMAIN lists (English, 简体; 繁體 reads alike through normalizeHeader), the common
 * CRM exports' own (Salesforce, HubSpot), and the headers of our own people table export, which must
 * read back to the same fields.
 */
const HEADERS: Record<Exclude<FieldTarget, 'ignore'>, readonly string[]> = {
  id: ['Power Map ID', 'PowerMap ID', '权力地图ID'],
  name: ['Name', 'Full Name', 'Contact', 'Contact Name', '姓名', '名字', '联系人', '客户姓名', '联系人姓名'],
  firstName: ['First Name', 'Given Name', 'First', '名'],
  lastName: ['Last Name', 'Surname', 'Family Name', 'Last', '姓'],
  title: ['Title', 'Job Title', 'Position', 'Job', '职位', '职务', '岗位', '头衔', '职称'],
  department: ['Department', 'Dept', 'Division', '部门', '所属部门', '科室'],
  email: ['Email', 'E-mail', 'Email Address', 'E-mail Address', 'Mail', '邮箱', '电子邮箱', '邮件', '电子邮件', '邮箱地址'],
  phone: ['Phone', 'Mobile', 'Mobile Phone', 'Phone Number', 'Telephone', 'Tel', 'Work Phone', 'Business Phone', 'Cell', '电话', '手机', '手机号', '联系电话', '联系方式', '手机号码', '电话号码', '办公电话'],
  contact: ['Other Contact', 'Contact Details', 'WeChat', '微信', '其他联系方式'],
  layer: ['Layer', 'Level', '层级', '层'],
  roles: ['Role', 'Roles', 'Buying Role', 'Contact Role', '角色'],
  attitude: ['Attitude', 'Support', '态度', '支持度'],
  influence: ['Influence', '影响力', '权重'],
  driver: ['Driver', 'Personal Driver', '个人需求'],
  judgesBy: ['Judges By', 'What They Judge By', 'Criteria', '关注点', '决策标准'],
  targetRelationship: ['Target Relationship', '目标关系'],
  lastContact: ['Last Contact', 'Last Activity Date', 'Last Activity', 'Last Contacted', '最近联系', '最后联系时间', '最近联系时间', '最后联系'],
  nextStep: ['Next Step', '下一步'],
  notes: ['Notes', 'Description', 'Note', 'Comments', 'Private Notes', '备注', '说明'],
  verifiedOn: ['Verified On', '核实于', '核实日期'],
  source: ['Source', '来源'],
  reportsTo: ['Reports To', 'Manager', 'Boss', 'Supervisor', 'Reports To Email', 'Reports To Name', 'Reports To: Full Name', '上级', '直属上级', '汇报对象', '直接上级', '主管', '上级邮箱'],
  owner: ['Owner', 'Contact Owner', 'Account Owner', 'Owner Name', '负责人', '客户经理', '跟进人', '销售负责人'],
};

const BY_HEADER = new Map<string, Exclude<FieldTarget, 'ignore'>>();
for (const [target, headers] of Object.entries(HEADERS) as [Exclude<FieldTarget, 'ignore'>, readonly string[]][]) {
  for (const header of headers) BY_HEADER.set(normalizeHeader(header), target);
}

/** Several columns may fill these (joined); any other field takes its first column only. */
export const MULTI_COLUMN_TARGETS: ReadonlySet<FieldTarget> = new Set(['phone', 'contact', 'notes', 'ignore']);

/** The field a header names, or null. A two-row header "联系方式 / 手机" is read by its lower part first. */
export function targetOfHeader(header: string): Exclude<FieldTarget, 'ignore'> | null {
  const parts = header.split(' / ');
  for (const candidate of [parts.at(-1) ?? '', header, parts[0] ?? '']) {
    const target = BY_HEADER.get(normalizeHeader(candidate));
    if (target) return target;
  }
  return null;
}

export function isKnownHeader(cell: string): boolean {
  return cell.trim() !== '' && BY_HEADER.has(normalizeHeader(cell));
}

/**
 * One target per column from the headers. A field named twice keeps its first column (phone, other
 * contact details and notes join theirs); a name column wins over first + last name columns.
 */
export function autoMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<FieldTarget>();
  const mapping = headers.map((header): FieldTarget => {
    const target = targetOfHeader(header);
    if (target === null || (used.has(target) && !MULTI_COLUMN_TARGETS.has(target))) return 'ignore';
    used.add(target);
    return target;
  });
  if (used.has('name')) return mapping.map((target) => (target === 'firstName' || target === 'lastName' ? 'ignore' : target));
  return mapping;
}

/** The key remembered mappings are stored under: the headers as the importer compares them. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('\u001f');
}

/** The header our people table export writes for each field (read back by targetOfHeader). */
export const EXPORT_HEADERS: Partial<Record<FieldTarget, string>> = Object.fromEntries(
  (Object.entries(HEADERS) as [FieldTarget, readonly string[]][]).map(([target, headers]) => [target, headers[0] as string]),
);
