import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/edit/applyOps';
import { planLayout } from '../../../shared/layout';
import { makeLink, makePerson, makeTeamMember, syntheticAccount } from '../../../shared/layout/testing';
import { ATTITUDES, LAYERS, type AccountData, type Op, type Person } from '../../../shared/model';
import { buildElements, titleId, type ElementOptions } from './elements';
import { mapLabels } from './labels';
import { updateModel, type DrawnModel } from './model';
import { applyDiff } from './sync';

const OPTIONS: ElementOptions = { labels: mapLabels('en'), theme: 'light', locale: 'en' };

/** Everyone at the spot the layout gave them, as after each was dragged once. */
function allStored(data: AccountData): AccountData {
  const { positions } = planLayout(data);
  return { ...data, people: data.people.map((p) => ({ ...p, x: positions.get(p.id)?.x ?? null, y: positions.get(p.id)?.y ?? null })) };
}

/** What a fresh map of `data` draws: every element's group, data, classes and position. */
function drawnFresh(data: AccountData) {
  return buildElements(data, planLayout(data), OPTIONS)
    .map(({ group, data: d, classes, position }) => ({ group, data: d, classes, position }))
    .sort((a, b) => a.data.id.localeCompare(b.data.id));
}

/** What the graph shows now, in the same shape. */
function drawnOn(cy: Core) {
  return cy
    .elements()
    .map((ele) => ({
      group: ele.group(),
      data: ele.data() as Record<string, string | number>,
      classes: ele.classes().join(' '),
      position: ele.isNode() ? { ...ele.position() } : undefined,
    }))
    .sort((a, b) => String(a.data.id).localeCompare(String(b.data.id)));
}

function open(data: AccountData): { cy: Core; model: DrawnModel } {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const { model, diff } = updateModel(null, data, OPTIONS);
  applyDiff(cy, diff, model.index);
  return { cy, model };
}

const patchPerson = (id: string, patch: Partial<Person>): Op => ({ op: 'patch', entity: 'person', id, patch });

describe('updateModel', () => {
  const data = allStored(syntheticAccount(60));
  const person = data.people.find((p) => p.layer === 'decision') as Person;

  it('turns one attitude edit into one node update, without planning the layout again', () => {
    const { cy, model } = open(data);
    const next = applyOps(data, [patchPerson(person.id, { attitude: person.attitude === 'champion' ? 'opponent' : 'champion' })]);
    const { diff, planned } = updateModel(model, next, OPTIONS);
    expect(planned).toBe(false);
    expect(diff.add).toEqual([]);
    expect(diff.remove).toEqual([]);
    expect(diff.place).toEqual([]);
    expect(diff.update.map((u) => u.id)).toEqual([person.id]);
    expect(Object.keys(diff.update[0]?.data ?? {}).sort()).toEqual(['attitude', 'icons', 'iconsFlagged']);
    cy.destroy();
  });

  it('flags the people whose open actions changed, and redraws only them', () => {
    const { cy, model } = open(data);
    const [a, b] = data.people;
    const first = updateModel(model, data, { ...OPTIONS, openActions: new Map([[a!.id, 1]]) });
    expect(first.planned).toBe(false);
    expect(first.diff.update.map((u) => u.id)).toEqual([a!.id]);
    applyDiff(cy, first.diff, first.model.index);
    expect(cy.getElementById(a!.id).hasClass('open-actions')).toBe(true);
    // A second action for the same person keeps the flag (the count goes to the card); one for another flags them too.
    const second = updateModel(first.model, data, { ...OPTIONS, openActions: new Map([[a!.id, 2], [b!.id, 1]]) });
    expect(second.diff.update.map((u) => u.id).sort()).toEqual([a!.id, b!.id].sort());
    applyDiff(cy, second.diff, second.model.index);
    const none = updateModel(second.model, data, { ...OPTIONS, openActions: new Map() });
    applyDiff(cy, none.diff, none.model.index);
    expect(cy.nodes('.open-actions').length).toBe(0);
    cy.destroy();
  });

  it('turns a drag within a band into one position change, without planning the layout again', () => {
    const { cy, model } = open(data);
    const next = applyOps(data, [patchPerson(person.id, { x: (person.x as number) + 24, y: (person.y as number) + 8 })]);
    const { diff, planned } = updateModel(model, next, OPTIONS);
    expect(planned).toBe(false);
    expect(diff).toMatchObject({ add: [], remove: [], update: [] });
    // The person, their job title and, when they head a run of their department, its name follow them.
    expect(diff.place).toEqual(expect.arrayContaining([person.id, titleId(person.id)]));
    expect(diff.place?.every((id) => id.endsWith(person.id))).toBe(true);
    cy.destroy();
  });

  it('restyles the covered person and the link when a covers strength changes, and nothing else', () => {
    const covers = data.links.find((l) => l.kind === 'covers' && data.links.filter((o) => o.kind === 'covers' && o.to === l.to).length === 1);
    if (!covers) throw new Error('fixture has a person covered once');
    const { model } = open(data);
    const strength = covers.strength === 3 ? 1 : 3;
    const { diff } = updateModel(model, applyOps(data, [{ op: 'patch', entity: 'link', id: covers.id, patch: { strength } }]), OPTIONS);
    expect(diff.update.map((u) => u.id).sort()).toEqual([covers.id, covers.to].sort());
    expect(diff.update.find((u) => u.id === covers.to)?.classes).toContain(`cov-${strength}`);
  });

  it('curves the first link between two people apart when a second one joins them', () => {
    const [a, b] = data.people.filter((p) => p.layer === 'user');
    if (!a || !b) throw new Error('fixture has users');
    const first = makeLink('first', 'ally', a.id, b.id);
    const start = applyOps(data, [{ op: 'put', entity: 'link', value: first }]);
    const { cy, model } = open(start);
    const { diff } = updateModel(model, applyOps(start, [{ op: 'put', entity: 'link', value: makeLink('second', 'influences', b.id, a.id, 2) }]), OPTIONS);
    expect(diff.add.map((d) => d.data.id)).toEqual(['second']);
    expect(diff.update.map((u) => u.id)).toEqual(['first']);
    expect(diff.update[0]?.classes).toContain('parallel');
    cy.destroy();
  });

  it('draws after any sequence of edits exactly what a fresh map of the same data draws', () => {
    let seed = 5;
    const rnd = (): number => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
    for (const start of [syntheticAccount(50), data]) {
      let current = start;
      const { cy, model: first } = open(current);
      let model = first;
      for (let step = 0; step < 150; step += 1) {
        const p = pick(current.people);
        const link = pick(current.links);
        const choices: Op[] = [
          patchPerson(p.id, { attitude: pick(ATTITUDES) }),
          patchPerson(p.id, { roles: rnd() < 0.5 ? ['decisionMaker', 'coach'] : [], influence: 1 + Math.floor(rnd() * 5) }),
          patchPerson(p.id, { name: `Renamed ${step}`, title: 'Deputy director of everything' }),
          patchPerson(p.id, { layer: pick(LAYERS) }),
          patchPerson(p.id, { x: 300 + Math.floor(rnd() * 1500), y: 80 + Math.floor(rnd() * 900) }),
          { op: 'put', entity: 'person', value: makePerson(`new${step}`, pick(LAYERS)) },
          { op: 'delete', entity: 'person', id: p.id },
          { op: 'put', entity: 'link', value: makeLink(`nl${step}`, pick(['covers', 'ally', 'reportsTo'] as const), pick(['t0', 't1', p.id]), pick(current.people).id, 2) },
          { op: 'patch', entity: 'link', id: link.id, patch: { strength: Math.floor(rnd() * 4) } },
          { op: 'patch', entity: 'link', id: link.id, patch: { from: link.to, to: link.from } },
          { op: 'delete', entity: 'link', id: link.id },
          { op: 'put', entity: 'team', value: makeTeamMember(`nt${step}`) },
          { op: 'patch', entity: 'team', id: 't1', patch: { name: `Team ${step}`, x: 80, y: 200 + step } },
          { op: 'put', entity: 'competitor', value: { id: `nc${step}`, accountId: current.account.id, name: `Rival ${step}` } },
          { op: 'delete', entity: 'competitor', id: current.competitors.length > 0 ? pick(current.competitors).id : 'none' },
        ];
        // Two ops at once sometimes, as a delete with its links or an undo does.
        const ops = rnd() < 0.2 ? [pick(choices), pick(choices)] : [pick(choices)];
        current = applyOps(current, ops);
        const update = updateModel(model, current, OPTIONS);
        applyDiff(cy, update.diff, update.model.index);
        model = update.model;
        expect(drawnOn(cy), `step ${step}: ${JSON.stringify(ops)}`).toEqual(drawnFresh(current));
      }
      // A change of language converts everything again.
      const zh: ElementOptions = { labels: mapLabels('zh-CN'), theme: 'dark', locale: 'zh-CN' };
      const update = updateModel(model, current, zh);
      applyDiff(cy, update.diff, update.model.index);
      expect(update.planned).toBe(true);
      expect(cy.getElementById('band-title:decision').data('label')).toBe(mapLabels('zh-CN').layer.decision);
      cy.destroy();
    }
    // 300 random edits on a shared machine: far slower than one edit, never a hang.
  }, 60_000);
});
