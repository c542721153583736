import type { AccountData } from '../../shared/model';
import { buildSearchIndex, peoplePassing, searchOverlays, searchPeople, NO_PEOPLE_FILTER } from '../../shared/search';
import { diffOverlayClasses, overlayClassMap } from '../../renderer/src/map/overlays';
import { syntheticAccount } from '../support/synthetic-account';
import { median, ms, percentile, timeEach } from './stats';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞'];
const DEPARTMENTS = ['信息中心', '财务处', '采购部', '后勤集团', '教务处', '科研处'];

/** The synthetic account with every other person given a Chinese name and department, as in a mixed CRM export. */
function mixedAccount(size: number): AccountData {
  const data = syntheticAccount(size);
  const people = data.people.map((p, i) =>
    i % 2 === 0 ? p : { ...p, name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`, department: DEPARTMENTS[i % DEPARTMENTS.length]! },
  );
  return { ...data, people };
}

/** What a KAM types, one keystroke at a time: a Latin name, pinyin initials, full pinyin, Chinese characters. */
const KEYSTROKES = ['p', 'pe', 'person 1', 'person 19', 'z', 'zw', 'zhang', 'zhangwei', '张', '财务', 'fin', 'xyz'];

/**
 * Search as you type at 2,000 people: one keystroke is our matching plus the map's overlay classes for
 * the hits (the overlays, their class map and the class changes from the previous keystroke). Target:
 * < 16 ms to highlighted hits (one frame). Reference: a bare `includes` over the 2,000 names, the least
 * any substring search can cost. The index (pinyin of every name) is built once per change of the people.
 */
export function benchSearch(size = 2000): Record<string, string | number>[] {
  const data = mixedAccount(size);
  const coldStart = performance.now();
  const index = buildSearchIndex(data.people);
  const cold = performance.now() - coldStart;
  // An edit replaces one person: the index is rebuilt, the pinyin of unchanged names comes from the cache.
  const rebuild = timeEach(10, () => buildSearchIndex(data.people.map((p, i) => (i === 0 ? { ...p, name: `${p.name} ` } : p))));
  const passing = peoplePassing(data, { ...NO_PEOPLE_FILTER, layers: ['decision', 'implementation', 'user'] });

  let previous = overlayClassMap(undefined);
  const keystroke = (typed: string) => {
    const hits = searchPeople(index, typed).filter((id) => passing.has(id));
    const next = overlayClassMap(searchOverlays(data, hits, passing));
    diffOverlayClasses(previous, next);
    previous = next;
    return hits.length;
  };
  const names = data.people.map((p) => p.name.toLowerCase());
  const reference = (typed: string) => names.filter((name) => name.includes(typed)).length;

  const run = (fn: (typed: string) => number) => {
    timeEach(20, (i) => fn(KEYSTROKES[i % KEYSTROKES.length]!));
    return timeEach(KEYSTROKES.length * 20, (i) => fn(KEYSTROKES[i % KEYSTROKES.length]!));
  };
  const ours = run(keystroke);
  const bare = run(reference);
  return [
    {
      people: size,
      'keystroke p50': ms(median(ours), 2),
      'keystroke p95': ms(percentile(ours, 95), 2),
      'bare includes p50': ms(median(bare), 2),
      ratio: (median(ours) / median(bare)).toFixed(1),
      'index cold': ms(cold, 1),
      'index after an edit p50': ms(median(rebuild), 2),
    },
  ];
}
