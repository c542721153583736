import type { Layer } from '../model';
import { foldTraditional } from './normalize';

/**
 * DOMAIN's title -> layer suggestions. A suggestion the user confirms, never a silent guess. Deputies
 * are tested before the offices they deputise (副总经理 is decision, not image; vice president is not
 * president), and senior words before junior ones within a title ("engineering director" is decision).
 */

const RULES: readonly { layer: Layer; latin: readonly string[]; han: readonly string[] }[] = [
  // Deputies first: a vice president is not a president, 副总经理 is not 总经理; a section chief is no chief.
  { layer: 'implementation', latin: ['section chief'], han: [] },
  {
    layer: 'decision',
    latin: ['vice president', 'vice-president', 'vp', 'svp', 'evp', 'deputy'],
    han: ['副总', '副校长', '副院长', '副董事长', '副书记', '副局长', '副行长', '副处长', '副主任'],
  },
  {
    layer: 'image',
    latin: ['chairman', 'chairwoman', 'chair', 'president', 'chief executive', 'ceo', 'general manager', 'managing director', 'founder'],
    han: ['董事长', '总裁', '总经理', '校长', '院长', '书记', '局长', '行长'],
  },
  { layer: 'decision', latin: ['director', 'head of', 'head', 'cfo', 'cto', 'cio', 'coo', 'cmo', 'chief'], han: ['总监', '处长', '主任', '总工'] },
  {
    layer: 'implementation',
    latin: ['manager', 'section chief', 'engineer', 'lead', 'supervisor', 'architect'],
    han: ['经理', '科长', '主管', '工程师', '组长'],
  },
  {
    layer: 'user',
    latin: ['specialist', 'staff', 'operator', 'teacher', 'clerk', 'assistant', 'analyst', 'technician', 'coordinator'],
    han: ['专员', '职员', '操作员', '老师', '教师', '助理', '文员', '员工', '科员'],
  },
];

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const LATIN = RULES.map((rule) => ({ layer: rule.layer, pattern: new RegExp(`\\b(?:${rule.latin.map((word) => word.replace(ESCAPE, '\\$&')).join('|')})\\b`, 'i') }));

/** The layer a title suggests, or null when it suggests none. */
export function suggestLayer(title: string): Layer | null {
  const text = foldTraditional(title.normalize('NFKC'));
  if (text.trim() === '') return null;
  for (const [index, rule] of RULES.entries()) {
    if (rule.han.some((word) => text.includes(word))) return rule.layer;
    if (LATIN[index]?.pattern.test(text)) return rule.layer;
  }
  return null;
}
