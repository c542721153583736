import type { Locale } from '../ipc';
import type { SnapshotKind } from './views';

/** The names automatic snapshots get, in the language the user works in (a user's own snapshot is named by them). */
const NAMES: Record<Exclude<SnapshotKind, 'user'>, Record<Locale, (day: string) => string>> = {
  'deck-export': { en: (day) => `Deck exported ${day}`, 'zh-CN': (day) => `${day} 导出演示文稿` },
  'workshop-end': { en: (day) => `Workshop ended ${day}`, 'zh-CN': (day) => `${day} 研讨会结束` },
  compaction: { en: (day) => `History before ${day}`, 'zh-CN': (day) => `${day} 之前的历史` },
};

export function automaticSnapshotName(kind: Exclude<SnapshotKind, 'user'>, day: string, locale: Locale): string {
  return NAMES[kind][locale](day);
}
