import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { buildAgenda, countsDueToday } from '../../shared/plan';
import { agendaPortfolio } from '../../test/bench/agenda.bench';
import { useTempStore } from '../../node/db/test-support';
import { remindOnFirstStartOfDay, type NotifyPort } from './reminder';

const TODAY = '2026-11-22';
const fx = useTempStore();

function recorder(supported = true) {
  const shown: { title: string; body: string }[] = [];
  const port: NotifyPort = { supported: () => supported, show: (title, body) => shown.push({ title, body }) };
  return { port, shown };
}

describe('the daily reminder', () => {
  it('sums up what is due once, at the first start of the day, in the app language', () => {
    fx.store.importAccount(buildDemoAccount('en', TODAY));
    const { port, shown } = recorder();
    expect(remindOnFirstStartOfDay(fx.store, port, TODAY, 'en')).toBe('shown');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toBe('Power Map: today');
    expect(shown[0]!.body).toMatch(/^3 key people due/);
    expect(remindOnFirstStartOfDay(fx.store, port, TODAY, 'en')).toBe('already-today');
    expect(remindOnFirstStartOfDay(fx.store, port, '2026-11-23', 'zh-CN')).toBe('shown');
    expect(shown[1]!.body).toContain('位关键人物到期');
  });

  it('stays quiet when switched off, when nothing is due, and where the system has no notifications', () => {
    const { port, shown } = recorder();
    expect(remindOnFirstStartOfDay(fx.store, port, TODAY, 'en')).toBe('nothing-due');
    fx.store.importAccount(buildDemoAccount('en', TODAY));
    fx.store.setReminders({ enabled: false });
    expect(remindOnFirstStartOfDay(fx.store, port, '2026-11-24', 'en')).toBe('off');
    fx.store.setReminders({ enabled: true });
    expect(remindOnFirstStartOfDay(fx.store, recorder(false).port, '2026-11-25', 'en')).toBe('unsupported');
    expect(shown).toEqual([]);
  });

  it("counts from the screen's week what the agenda of today alone holds, on any day", () => {
    const accounts = agendaPortfolio(12, 30, 1_200);
    for (const today of ['2026-10-01', TODAY, '2026-12-20']) {
      const alone = buildAgenda(accounts, { today, days: 0 });
      const week = buildAgenda(accounts, { today, days: 7 });
      expect(week.lines.length).toBeGreaterThan(alone.lines.length);
      expect(alone.counts.keyPeopleDue + alone.counts.actionsOverdue + alone.counts.relationships).toBeGreaterThan(0);
      expect(countsDueToday(week), today).toEqual(alone.counts);
      expect(week.lines.filter((line) => line.dueOn === null || line.dueOn <= today)).toEqual(alone.lines);
    }
  });
});
