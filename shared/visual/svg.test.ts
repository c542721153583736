import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../demo';
import { newPerson } from '../edit/defaults';
import { buildScene, type SceneOptions } from './scene';
import { sceneToSvg } from './svg';

const DAY = '2026-11-22';
const OPTIONS: SceneOptions = { theme: 'light', locale: 'en', background: 'white', legend: true };

/** The text content of every <text> element, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
  );
}

describe('the map as SVG', () => {
  const data = buildDemoAccount('en', DAY);

  it("writes every person's name and the account name as real text, with the bands and the legend", () => {
    const svg = sceneToSvg(buildScene(data, OPTIONS));
    const words = texts(svg);
    for (const person of data.people) expect(words, person.name).toContain(person.name);
    for (const member of data.team) expect(words).toContain(member.name);
    expect(words).toContain('Eastlake University');
    expect(words).toEqual(expect.arrayContaining(['Image layer', 'Decision layer', 'Implementation layer', 'User layer', 'Our team', 'Competitors']));
    expect(words).toEqual(expect.arrayContaining(['Champion', 'Reports to', 'Competitor tie']));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
  });

  it('for a room, draws each name alone in large type on a plate of its band, where a file keeps name and title', () => {
    const room = buildScene(data, { ...OPTIONS, presentation: true });
    const file = buildScene(data, OPTIONS);
    for (const person of data.people) {
      const [inRoom, inFile] = [room, file].map((scene) => scene.nodes.find((node) => node.id === person.id)!);
      expect(inRoom!.below.map((line) => line.text).join(' '), person.name).toBe(person.name);
      expect(Math.min(...inRoom!.below.map((line) => line.size))).toBeGreaterThanOrEqual(2 * Math.max(...inFile!.below.map((line) => line.size)));
      expect(inRoom!.belowPlate).toBe(room.bands.find((band) => band.key === person.layer)!.fill);
      expect(inFile!.below.map((line) => line.text).join(' ')).toContain(person.title.split(' ')[0]);
    }
    expect(texts(sceneToSvg(room))).not.toContain(data.people[0]!.title);
  });

  it('never carries contact details, personal drivers or private notes', () => {
    const svg = sceneToSvg(buildScene(data, OPTIONS));
    for (const person of data.people) {
      for (const secret of [person.privateNotes, person.contact, person.nextStep].filter((text) => text.length > 3)) {
        expect(svg, `${person.name}: ${secret}`).not.toContain(secret.slice(0, 24));
      }
    }
    // A personal driver is one word from a list; give everyone the rarest one and look for it in both languages.
    const recognised = { ...data, people: data.people.map((person) => ({ ...person, driver: 'recognition' as const })) };
    expect(sceneToSvg(buildScene(recognised, OPTIONS))).not.toMatch(/recognition/i);
    expect(sceneToSvg(buildScene(recognised, { ...OPTIONS, locale: 'zh-CN' }))).not.toContain('赏识');
  });

  it('draws a name that looks like markup as those characters, with no script or link in the file', () => {
    const hostile = newPerson(data.account.id, { name: '<script>alert(1)</script>', title: '" onload="x', layer: 'user' }, 'p-hostile');
    const svg = sceneToSvg(buildScene({ ...data, people: [...data.people, hostile] }, OPTIONS));
    expect(texts(svg)).toContain('<script>alert(1)</script>');
    expect(texts(svg)).toContain('" onload="x');
    // No element that runs or links, and no event-handler attribute inside any tag.
    expect(svg).not.toMatch(/<(script|a|foreignObject|image)\b/i);
    expect(svg).not.toMatch(/<[^>]*\son\w+=/i);
    expect(svg).not.toMatch(/javascript:|xlink:href/i);
  });

  it('speaks 简体中文: Chinese names, band names and legend', () => {
    const zh = buildDemoAccount('zh-CN', DAY);
    const words = texts(sceneToSvg(buildScene(zh, { ...OPTIONS, locale: 'zh-CN' })));
    expect(words).toEqual(expect.arrayContaining(['东湖大学', '形象层', '决策层', '实施层', '使用层', '对我方态度（填充色与符号）']));
    for (const person of zh.people) expect(words).toContain(person.name);
  });

  it('leaves the page transparent when asked, and white by default for documents', () => {
    expect(sceneToSvg(buildScene(data, { ...OPTIONS, background: 'transparent' }))).not.toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    expect(sceneToSvg(buildScene(data, OPTIONS))).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
  });

  it('draws one line per link whose ends are on the map, plus the legend samples', () => {
    const scene = buildScene(data, OPTIONS);
    expect(scene.edges.filter((e) => !e.id.startsWith('legend-'))).toHaveLength(data.links.length);
    expect(scene.edges.filter((e) => e.id.startsWith('legend-'))).toHaveLength(6);
  });
});
