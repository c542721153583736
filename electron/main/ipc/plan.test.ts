import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import { useTempStore } from '../../../node/db/test-support';
import { planArgSchemas } from '../../../shared/ipc/plan-contract';
import { planHandlers } from './plan';
import type { DesktopPorts } from './ports';

const TODAY = '2026-11-22';
const fx = useTempStore(() => ({ now: () => new Date(`${TODAY}T09:00:00.000Z`) }));

function handlers() {
  const demo = buildDemoAccount('en', TODAY);
  fx.store.importAccount(demo);
  const saveAt = join(fx.temp.dir, 'plan.ics');
  const ports = { today: () => TODAY, chooseSavePath: async () => saveAt, chooseOpenPath: async () => null, appVersion: 't', systemLocale: 'en' } satisfies DesktopPorts;
  return { demo, saveAt, h: planHandlers(fx.store, ports, () => new Date(`${TODAY}T09:30:00.000Z`)) };
}

describe('the plan handlers', () => {
  it('log a visit from the agenda in place: the key person leaves the agenda, and deleting the contact brings them back', async () => {
    const { demo, h } = handlers();
    const wang = demo.people.find((p) => p.name === 'Wang Jianguo')!;
    const agenda = await h['plan.agenda']({ days: 7, member: null, locale: 'en' });
    if (!agenda.ok) throw new Error(agenda.error.message);
    const line = agenda.value.lines.find((l) => l.kind === 'key-person' && l.personIds[0] === wang.id)!;
    expect(line.text).toContain('Contact Wang Jianguo (decision maker): 26 days overdue');
    expect(line.accountName).toBe('Eastlake University');
    expect(line.logAs).not.toBeNull();
    expect(agenda.value.summary).toMatch(/key people due/);
    const logged = await h['plan.apply']({
      ops: [{ op: 'logContact', value: { id: 'c1', accountId: line.accountId, date: TODAY, teamIds: [line.logAs!], personIds: line.personIds, channel: 'visit', note: '', private: true } }],
    });
    expect(logged.ok).toBe(true);
    const after = await h['plan.agenda']({ days: 7, member: null, locale: 'en' });
    expect(after.ok && after.value.lines.some((l) => l.kind === 'key-person' && l.personIds[0] === wang.id)).toBe(false);
    await h['plan.apply']({ ops: [{ op: 'deleteContact', id: 'c1' }] });
    const back = await h['plan.agenda']({ days: 7, member: null, locale: 'zh-CN' });
    expect(back.ok && back.value.lines.some((l) => l.kind === 'key-person' && l.personIds[0] === wang.id)).toBe(true);
  });

  it('exports the open actions as an .ics file, and says there is nothing to export when there is none', async () => {
    const { demo, h, saveAt } = handlers();
    const empty = await h['plan.exportCalendar']({ locale: 'en', includePrivate: false });
    expect(!empty.ok && empty.error.key).toBe('plan.ics.empty');
    const owner = demo.team[0]!.id;
    await h['plan.apply']({
      ops: [
        {
          op: 'addAction',
          value: { id: 'a1', accountId: demo.account.id, text: 'Send the reference case', ownerId: owner, due: '2026-11-25', personIds: [], status: 'open', origin: { kind: 'typed' }, createdOn: TODAY, doneOn: null },
        },
      ],
    });
    const saved = await h['plan.exportCalendar']({ locale: 'en', includePrivate: false });
    expect(saved).toEqual({ ok: true, value: { path: saveAt, events: 1 } });
    const text = readFileSync(saveAt, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART;VALUE=DATE:20261125');
    expect(text).toContain('Send the reference case');
  });

  it('sends each section of the agenda its first lines and every count, a section asked for whole in full; refuses a section that is no day', async () => {
    const { h } = handlers();
    const all = await h['plan.agenda']({ days: 7, member: null, locale: 'en' });
    const first = await h['plan.agenda']({ days: 7, member: null, locale: 'en', firstLines: { now: 1, ahead: 1 } });
    if (!all.ok || !first.ok) throw new Error('no agenda');
    expect(first.value.sections.reduce((sum, s) => sum + s.total, 0)).toBe(all.value.lines.length);
    expect(first.value.lines).toHaveLength(first.value.sections.length);
    expect(first.value.counts).toEqual(all.value.counts);
    const now = first.value.sections[0]!;
    expect(now).toMatchObject({ key: 'now' });
    expect(now.total).toBeGreaterThan(1);
    const whole = await h['plan.agenda']({ days: 7, member: null, locale: 'en', firstLines: { now: 1, ahead: 1 }, whole: ['now'] });
    expect(whole.ok && whole.value.lines.length).toBe(now.total + first.value.sections.length - 1);
    expect(planArgSchemas['plan.agenda'].safeParse({ locale: 'en', whole: ['next week'] }).success).toBe(false);
    expect(planArgSchemas['plan.agenda'].safeParse({ locale: 'en', firstLines: { now: 0, ahead: 10 } }).success).toBe(false);
  });

  it('keeps the reminder switch', async () => {
    const { h } = handlers();
    expect(await h['plan.reminders']({})).toEqual({ ok: true, value: { enabled: true, startOnAgenda: true, lastShownOn: null } });
    expect(await h['plan.setReminders']({ enabled: false })).toEqual({ ok: true, value: { enabled: false, startOnAgenda: true, lastShownOn: null } });
    expect(fx.store.reminders().enabled).toBe(false);
  });
});
