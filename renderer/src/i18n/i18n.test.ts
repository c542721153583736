import { describe, expect, it } from 'vitest';
import { ATTITUDES, DRIVERS, FITS, FUNNEL_CLASSES, LAYERS, LINK_KINDS, ROLES, STAGES, TEAM_FUNCTIONS, TIERS } from '../../../shared/model';
import type { ErrorCode } from '../../../shared/model';
import { en } from './en';
import { zhCN } from './zh-CN';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

function lookup(messages: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

describe('messages', () => {
  it('English and 简体中文 have exactly the same keys', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort());
  });

  it('every translation keeps the placeholders of the English text and is not empty', () => {
    for (const key of keysOf(en)) {
      expect(placeholders(lookup(zhCN, key)), key).toEqual(placeholders(lookup(en, key)));
      expect(lookup(zhCN, key).trim(), key).not.toBe('');
    }
  });

  it('names every value of every enumeration the panel lists', () => {
    const cases: [object, readonly string[]][] = [
      [en.enums.layer, LAYERS],
      [en.enums.role, ROLES],
      [en.enums.attitude, ATTITUDES],
      [en.enums.driver, DRIVERS],
      [en.enums.fit, FITS],
      [en.enums.tier, TIERS],
      [en.enums.funnel, FUNNEL_CLASSES],
      [en.enums.stage, STAGES],
      [en.enums.teamFunction, TEAM_FUNCTIONS],
      [en.enums.linkKind, LINK_KINDS],
    ];
    for (const [messages, values] of cases) expect(Object.keys(messages).sort()).toEqual([...values].sort());
    const codes: ErrorCode[] = ['invalid-payload', 'unknown-channel', 'forbidden-sender', 'not-found', 'conflict', 'invalid-file', 'newer-file-version', 'newer-database', 'io', 'cancelled', 'internal', 'locked', 'read-only', 'damaged', 'needs-key', 'backup-unusable'];
    expect(Object.keys(en.errors.title).sort()).toEqual([...codes].sort());
  });

  it('uses the glossary of DOMAIN.md for layers and roles', () => {
    expect(zhCN.enums.layer).toEqual({ image: '形象层', decision: '决策层', implementation: '实施层', user: '使用层' });
    expect([zhCN.enums.role.decisionMaker, zhCN.enums.role.influencer, zhCN.enums.role.coach, zhCN.enums.role.user]).toEqual(['决策者', '影响者', '教练', '使用者']);
  });
});
