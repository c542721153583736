/**
 * SVG outlines of the Cytoscape node shapes the map uses, for the legend. Points are for a box of
 * `size` centred in a square of `size`; rounded shapes are drawn with round joins.
 */

type Shape = 'round-diamond' | 'round-tag' | 'round-hexagon' | 'round-rectangle' | 'ellipse' | 'cut-rectangle';

export function shapePath(shape: string, w: number, h: number, cx: number, cy: number): string {
  const l = cx - w / 2;
  const r = cx + w / 2;
  const t = cy - h / 2;
  const b = cy + h / 2;
  const poly = (points: [number, number][]): string =>
    `M${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
  switch (shape as Shape) {
    case 'round-diamond':
      return poly([[cx, t], [r, cy], [cx, b], [l, cy]]);
    case 'round-tag':
      return poly([[l, t], [r - w * 0.25, t], [r, cy], [r - w * 0.25, b], [l, b]]);
    case 'round-hexagon':
      return poly([[l + w * 0.25, t], [r - w * 0.25, t], [r, cy], [r - w * 0.25, b], [l + w * 0.25, b], [l, cy]]);
    case 'cut-rectangle': {
      const c = Math.min(w, h) * 0.22;
      return poly([[l + c, t], [r - c, t], [r, t + c], [r, b - c], [r - c, b], [l + c, b], [l, b - c], [l, t + c]]);
    }
    case 'round-rectangle': {
      const rad = Math.min(w, h) * 0.22;
      return `M${l + rad},${t}H${r - rad}Q${r},${t} ${r},${t + rad}V${b - rad}Q${r},${b} ${r - rad},${b}H${l + rad}Q${l},${b} ${l},${b - rad}V${t + rad}Q${l},${t} ${l + rad},${t}Z`;
    }
    default:
      return `M${cx - w / 2},${cy}A${w / 2},${h / 2} 0 1 0 ${cx + w / 2},${cy}A${w / 2},${h / 2} 0 1 0 ${cx - w / 2},${cy}Z`;
  }
}
