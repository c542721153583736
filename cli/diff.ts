import { describeMetricChange, explainFinding, findingTitle, type AnalysisLocale } from '../shared/analysis';
import { localToday } from '../shared/edit/defaults';
import { compareAccounts, type AccountDiff } from '../shared/history/compare';
import { describeHistory } from '../shared/history/describe';
import type { AccountData } from '../shared/model';
import type { ParsedArgs } from './args';

/**
 * `power-map diff <old.powermap> <new.powermap>`: what changed between two files of the same account,
 * with the app's own code: the History tab's words for every change and what-if's comparison of the
 * findings. Exit codes as the other commands: 0 done, 1 a file could not be used, 2 the command was wrong.
 */

export const DIFF_USAGE = '  power-map diff <old.powermap> <new.powermap> [--json] [--lang en|zh-CN] [--today YYYY-MM-DD]';
export const DIFF_HELP = `  diff      Compares two files of the same account: people joined, left and removed, every field
            and link change, and the findings before -> after (--json: all of it as JSON).`;

interface DiffIo {
  out(text: string): void;
  err(text: string): void;
}

const WORDS = {
  en: {
    title: (name: string) => `Changes in ${name}`,
    joined: 'People joined',
    left: 'People left or on leave',
    removed: 'People removed',
    changes: 'Changes',
    findings: 'Findings',
    none: '(none)',
    leftTo: (to: string) => `joined ${to}`,
    onLeave: 'on leave',
    added: 'New',
    resolved: 'Resolved',
    changed: 'Changed',
    notSame: (a: string, b: string) => `These files hold different accounts ("${a}" and "${b}"): diff compares two versions of one account.`,
  },
  'zh-CN': {
    title: (name: string) => `${name}的变化`,
    joined: '新加入的人',
    left: '离职或休假的人',
    removed: '被删除的人',
    changes: '变更',
    findings: '分析结果',
    none: '（无）',
    leftTo: (to: string) => `加入了${to}`,
    onLeave: '休假中',
    added: '新增',
    resolved: '已解决',
    changed: '有变化',
    notSame: (a: string, b: string) => `这两个文件是不同的客户（"${a}"和"${b}"）：diff 只比较同一客户的两个版本。`,
  },
} as const;

export function diffReport(diff: AccountDiff, before: AccountData, after: AccountData, locale: AnalysisLocale): string {
  const w = WORDS[locale];
  const names = new Map([...before.people, ...after.people, ...before.team, ...after.team, ...before.competitors, ...after.competitors].map((r) => [r.id, r.name] as const));
  const section = (title: string, lines: string[]) => [`${title} (${lines.length})`, ...(lines.length === 0 ? [`  ${w.none}`] : lines.map((l) => `  ${l}`))];
  const changeLines = describeHistory(diff.changes, { locale, names }).flatMap((day) => day.lines.map((line) => line.text)).reverse();
  const findings = diff.findings;
  const findingLines = [
    ...findings.metrics.map((m) => describeMetricChange(m, locale)),
    ...findings.added.map((f) => `${w.added}: ${findingTitle(f.code, locale)} — ${explainFinding(f, after, locale)}`),
    ...findings.removed.map((f) => `${w.resolved}: ${findingTitle(f.code, locale)} — ${explainFinding(f, before, locale)}`),
    ...findings.changed.map((c) => `${w.changed}: ${findingTitle(c.after.code, locale)} — ${explainFinding(c.after, after, locale)}`),
  ];
  return [
    w.title(after.account.name),
    '',
    ...section(w.joined, diff.joined.map((p) => p.name)),
    ...section(w.left, diff.left.map((p) => (p.status === 'onLeave' ? `${p.name} (${w.onLeave})` : p.to ? `${p.name} (${w.leftTo(p.to)})` : p.name))),
    ...section(w.removed, diff.removed.map((p) => p.name)),
    '',
    ...section(w.changes, changeLines),
    '',
    ...section(w.findings, findingLines),
    '',
  ].join('\n');
}

export async function diffCommand(
  args: ParsedArgs,
  io: DiffIo,
  options: { locale: AnalysisLocale; today: string | undefined; load(path: string): Promise<AccountData | string>; usage(message: string): number; badFile: number; ok: number },
): Promise<number> {
  const [oldPath, newPath, ...extra] = args.positional;
  if (!oldPath || !newPath || extra.length > 0) return options.usage('power-map diff takes two files: the older, then the newer.');
  const before = await options.load(oldPath);
  if (typeof before === 'string') {
    io.err(before);
    return options.badFile;
  }
  const after = await options.load(newPath);
  if (typeof after === 'string') {
    io.err(after);
    return options.badFile;
  }
  if (before.account.id !== after.account.id) {
    io.err(WORDS[options.locale].notSame(before.account.name, after.account.name));
    return options.badFile;
  }
  const diff = compareAccounts(before, after, { today: options.today ?? localToday() });
  if (args.options.has('json')) {
    const { changes, ...rest } = diff;
    const words = describeHistory(changes, { locale: options.locale }).flatMap((day) => day.lines.map((line) => line.text)).reverse();
    io.out(`${JSON.stringify({ account: { id: after.account.id, name: after.account.name }, locale: options.locale, ...rest, changes, words }, null, 2)}\n`);
  } else {
    io.out(diffReport(diff, before, after, options.locale));
  }
  return options.ok;
}
