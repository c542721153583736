import cytoscape, { type Core, type StylesheetJsonBlock } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { markStyleChangesOnce } from './styleTriggers';

const STYLE: StylesheetJsonBlock[] = [
  { selector: 'node', style: { width: 20, height: 20, 'border-width': 1 } },
  { selector: 'node.big', style: { width: 80, height: 60, 'border-width': 6 } },
  { selector: 'node.gone', style: { display: 'none' } },
  { selector: 'edge', style: { width: 2, 'curve-style': 'bezier' } },
  { selector: 'edge.thick', style: { width: 12 } },
];

const ELEMENTS = [
  { data: { id: 'a' }, position: { x: 0, y: 0 } },
  { data: { id: 'b' }, position: { x: 200, y: 0 } },
  { data: { id: 'c' }, position: { x: 100, y: 150 } },
  { data: { id: 'ab', source: 'a', target: 'b' } },
  { data: { id: 'ab2', source: 'a', target: 'b' } },
  { data: { id: 'bc', source: 'b', target: 'c' } },
];

/** A graph with Cytoscape's own marking, or ours set up before its elements are added (as the map does). */
function graph(marked: boolean): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE });
  if (marked) expect(markStyleChangesOnce(cy)).toBe(true);
  cy.batch(() => void cy.add(ELEMENTS.map((e) => ({ ...e, data: { ...e.data } }))));
  return cy;
}

/** Every element's bounds, drawn or not, as Cytoscape measures them now. */
const boxes = (cy: Core) => cy.elements().map((ele) => [ele.id(), ele.visible(), ele.boundingBox()] as const);

describe('marking style changes once per styling', () => {
  it('leaves the same styles and bounds as Cytoscape after each change, links and hidden nodes included', () => {
    const plain = graph(false);
    const marked = graph(true);
    const steps: ((cy: Core) => void)[] = [
      () => undefined,
      (cy) => cy.$('#a').addClass('big'),
      (cy) => cy.$('#ab').addClass('thick'),
      (cy) => cy.batch(() => cy.$('#b, #c').addClass('big')),
      (cy) => cy.$('#c').addClass('gone'),
      (cy) => cy.$('#a').removeClass('big'),
      (cy) => cy.$('#c').removeClass('gone'),
      (cy) => cy.$('#b').style('width', 140),
      (cy) => void cy.add({ data: { id: 'd' }, classes: 'big', position: { x: 300, y: 150 } }),
      (cy) => void cy.add({ data: { id: 'cd', source: 'c', target: 'd' } }),
      (cy) => cy.$('#d').removeClass('big'),
      // A new stylesheet (a theme change) restarts every element's style; the map sets the marking up again.
      (cy) => {
        cy.style([...STYLE, { selector: 'node', style: { width: 30, height: 30 } }, { selector: '#c', style: { display: 'none' } }]);
        if (cy === marked) markStyleChangesOnce(cy);
      },
      (cy) => cy.$('#a, #d').addClass('big'),
      (cy) => cy.$('#c').addClass('gone'),
    ];
    for (const step of steps) {
      step(plain);
      step(marked);
      expect(boxes(marked)).toEqual(boxes(plain));
      expect(marked.$('#b').numericStyle('width')).toBe(plain.$('#b').numericStyle('width'));
    }
    // A restyle seen by what measures after it: a node grown moves the ends of its links.
    expect(marked.$('#ab').boundingBox().w).toBeGreaterThan(0);
  });

  it('is set up once per stylesheet, again after a new one', () => {
    const cy = graph(true);
    expect(markStyleChangesOnce(cy)).toBe(true);
    cy.style(STYLE);
    expect(markStyleChangesOnce(cy)).toBe(true);
    cy.$('#a').addClass('big');
    expect(cy.$('#a').boundingBox().w).toBeGreaterThan(80);
  });
});
