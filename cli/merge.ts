import type { AnalysisLocale } from '../shared/analysis';
import type { AccountFile } from '../shared/exchange';
import { commonBase, planMerge, type MergeItem, type MergePlan } from '../shared/history/merge';
import type { ParsedArgs } from './args';

/**
 * `power-map merge <mine.powermap> <theirs.powermap>`: what merging a colleague's copy of an account would
 * do, record by record, with the choice the app proposes for each (theirs where only they changed it).
 * It reads both files and writes nothing: the merge itself is made in the app, as one undo step.
 */

export const MERGE_USAGE = '  power-map merge <mine.powermap> <theirs.powermap> [--json] [--lang en|zh-CN]';
export const MERGE_HELP = `  merge     Lists what merging a colleague's copy of the same account would change, record by record,
            with the proposed choice (theirs where only they changed it); writes nothing.`;

const WORDS = {
  en: {
    title: (name: string, count: number) => `Merging into ${name}: ${count === 1 ? '1 record differs' : `${count} records differ`}`,
    noBase: 'Neither file shares history with the other: every difference keeps mine unless you choose theirs.',
    entity: { account: 'Account', competitor: 'Competitor', team: 'Team member', person: 'Person', link: 'Link' },
    change: { added: 'only in theirs', removed: 'only in mine', changed: 'differs' },
    by: { theirs: 'changed by them', mine: 'changed by me', both: 'changed by both', unknown: 'who changed it is unknown' },
    choice: { theirs: 'take theirs', mine: 'keep mine' },
    notSame: (a: string, b: string) => `These files hold different accounts ("${a}" and "${b}"): only copies of the same account can be merged.`,
  },
  'zh-CN': {
    title: (name: string, count: number) => `合并到 ${name}：${count} 条记录不同`,
    noBase: '两个文件没有共同的历史：每处不同默认保留我的版本，除非选择对方的。',
    entity: { account: '客户', competitor: '竞争对手', team: '团队成员', person: '人员', link: '关系' },
    change: { added: '仅对方有', removed: '仅我方有', changed: '不同' },
    by: { theirs: '对方修改', mine: '我方修改', both: '双方都修改', unknown: '不知道是谁修改的' },
    choice: { theirs: '采用对方', mine: '保留我方' },
    notSame: (a: string, b: string) => `这两个文件是不同的客户（"${a}"和"${b}"）：只能合并同一客户的副本。`,
  },
} as const;

function itemLine(item: MergeItem, locale: AnalysisLocale): string {
  const w = WORDS[locale];
  const fields = item.fields.length > 0 ? ` (${item.fields.join(', ')})` : '';
  return `[${w.choice[item.defaultChoice]}] ${w.entity[item.entity]} ${item.label}: ${w.change[item.change]}${fields}; ${w.by[item.changedBy]}`;
}

export function mergeReport(plan: MergePlan, accountName: string, locale: AnalysisLocale): string {
  const w = WORDS[locale];
  return [w.title(accountName, plan.items.length), ...(plan.hasBase ? [] : [w.noBase]), '', ...plan.items.map((item) => `  ${itemLine(item, locale)}`), ''].join('\n');
}

export async function mergeCommand(
  args: ParsedArgs,
  io: { out(text: string): void; err(text: string): void },
  options: { locale: AnalysisLocale; load(path: string): Promise<AccountFile | string>; usage(message: string): number; badFile: number; ok: number },
): Promise<number> {
  const [minePath, theirsPath, ...extra] = args.positional;
  if (!minePath || !theirsPath || extra.length > 0) return options.usage('power-map merge takes two files: mine, then theirs.');
  const mine = await options.load(minePath);
  if (typeof mine === 'string') {
    io.err(mine);
    return options.badFile;
  }
  const theirs = await options.load(theirsPath);
  if (typeof theirs === 'string') {
    io.err(theirs);
    return options.badFile;
  }
  if (mine.data.account.id !== theirs.data.account.id) {
    io.err(WORDS[options.locale].notSame(mine.data.account.name, theirs.data.account.name));
    return options.badFile;
  }
  const accountId = mine.data.account.id;
  const plan = planMerge(mine.data, theirs.data, commonBase(mine.history ?? [], theirs.history ?? [], accountId));
  if (args.options.has('json')) io.out(`${JSON.stringify({ account: { id: accountId, name: mine.data.account.name }, ...plan }, null, 2)}\n`);
  else io.out(mergeReport(plan, mine.data.account.name, options.locale));
  return options.ok;
}
