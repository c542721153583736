import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { MapElementDef } from './elements';
import { applyDiff, diffElements, indexElements } from './sync';

const node = (id: string, data: Record<string, string | number> = {}, classes = 'person'): MapElementDef => ({
  group: 'nodes',
  data: { id, kind: 'person', ...data },
  classes,
  position: { x: 0, y: 0 },
});
const edge = (id: string, source: string, target: string): MapElementDef => ({
  group: 'edges',
  data: { id, kind: 'reportsTo', source, target },
  classes: 'link',
});

describe('diffElements', () => {
  it('adds new ids, removes missing ones and updates only changed fields and classes', () => {
    const prev = indexElements([node('a', { label: 'A', size: 44 }), node('b'), edge('e', 'a', 'b')]);
    const next = indexElements([node('a', { label: 'A', size: 64 }, 'person att-champion'), edge('e', 'a', 'b'), node('c')]);
    const diff = diffElements(prev, next);
    expect(diff.add.map((d) => d.data.id)).toEqual(['c']);
    expect(diff.remove).toEqual(['b']);
    expect(diff.update).toEqual([{ id: 'a', data: { size: 64 }, classes: 'person att-champion' }]);
  });

  it('reports nothing when the data is unchanged', () => {
    const make = () => indexElements([node('a', { label: 'A' }), node('b'), edge('e', 'a', 'b')]);
    expect(diffElements(make(), make())).toEqual({ add: [], remove: [], update: [] });
  });

  it('re-creates an edge whose ends changed (a reversed link)', () => {
    const diff = diffElements(indexElements([node('a'), node('b'), edge('e', 'a', 'b')]), indexElements([node('a'), node('b'), edge('e', 'b', 'a')]));
    expect(diff.remove).toEqual(['e']);
    expect(diff.add.map((d) => d.data.source)).toEqual(['b']);
    expect(diff.update).toEqual([]);
  });

  it('leaves positions to the graph comparison (a moved node alone is no data update)', () => {
    const moved = { ...node('a'), position: { x: 10, y: 20 } };
    expect(diffElements(indexElements([node('a')]), indexElements([moved])).update).toEqual([]);
  });
});

describe('applyDiff', () => {
  it('keeps the marks drawn on top of the data (overlays, focus) when an edit restyles or adds an element', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const before = indexElements([node('a', {}, 'person att-neutral')]);
    applyDiff(cy, diffElements(new Map(), before), before);
    cy.getElementById('a').addClass('halo-bottleneck');
    const marks: Record<string, string[]> = { a: ['halo-bottleneck'], b: ['gone'] };
    const after = indexElements([node('a', {}, 'person att-champion'), node('b')]);
    applyDiff(cy, diffElements(before, after), after, (def) => marks[def.data.id] ?? []);
    expect(cy.getElementById('a').classes().sort()).toEqual(['att-champion', 'halo-bottleneck', 'person']);
    expect(cy.getElementById('b').classes().sort()).toEqual(['gone', 'person']);
    cy.destroy();
  });
});
