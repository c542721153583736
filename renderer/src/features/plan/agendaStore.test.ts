import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../../shared/demo';
import type { ArgsOf } from '../../../../shared/ipc';
import { fakeClient } from '../../stores/fakeClient';
import { FIRST_LINES, createAgendaStore } from './agendaStore';

const TODAY = '2026-11-22';

function setup() {
  const fake = fakeClient([buildDemoAccount('en', TODAY)]);
  const errors: unknown[] = [];
  const agenda = createAgendaStore(fake.client, (e) => errors.push(e));
  const asked = () => fake.calls.filter((call) => call.channel === 'plan.agenda').map((call) => call.args as ArgsOf<'plan.agenda'>);
  return { agenda, asked, errors };
}

describe('the agenda screen store', () => {
  it('asks for each section\'s first lines and every count; "Show all" asks again for that section whole', async () => {
    const { agenda, asked, errors } = setup();
    await agenda.getState().load('en');
    expect(asked()).toEqual([{ days: 7, member: null, locale: 'en', firstLines: FIRST_LINES, whole: [] }]);
    const view = agenda.getState().view!;
    expect(view.sections.length).toBeGreaterThan(0);
    expect(view.sections.reduce((sum, s) => sum + s.total, 0)).toBeGreaterThanOrEqual(view.lines.length);
    await agenda.getState().showAll('now', 'en');
    await agenda.getState().showAll('now', 'en');
    expect(asked().map((args) => args.whole)).toEqual([[], ['now']]);
    expect(agenda.getState().view!.lines.filter((line) => line.dueOn === null || line.dueOn <= TODAY)).toHaveLength(view.sections[0]!.total);
    expect(errors).toEqual([]);
  });

  it('takes the start\'s prefetched agenda once: the screen\'s first load asks nothing more, the next asks afresh', async () => {
    const { agenda, asked } = setup();
    const prefetched = agenda.getState().prefetch('en');
    await agenda.getState().load('en');
    await prefetched;
    expect(asked()).toHaveLength(1);
    expect(agenda.getState().view).not.toBeNull();
    await agenda.getState().load('en');
    expect(asked()).toHaveLength(2);
  });

  it('asks afresh when the prefetch was for another question or was dropped', async () => {
    const { agenda, asked } = setup();
    await agenda.getState().prefetch('en');
    await agenda.getState().load('zh-CN');
    expect(asked().map((args) => args.locale)).toEqual(['en', 'zh-CN']);
    await agenda.getState().prefetch('en');
    agenda.getState().dropPrefetch();
    await agenda.getState().load('en');
    expect(asked()).toHaveLength(4);
  });
});
