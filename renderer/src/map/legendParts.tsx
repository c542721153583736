import type { ReactNode } from 'react';

/** Building blocks of the legend: an SVG swatch and a swatch-and-text row. */

const SWATCH = 26;

export function Swatch({ width = SWATCH, height = SWATCH, children }: { width?: number; height?: number; children: ReactNode }) {
  return (
    <svg className="pm-legend-swatch" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {children}
    </svg>
  );
}

export function Item({ swatch, text }: { swatch: ReactNode; text: string }) {
  return (
    <li className="pm-legend-item">
      {swatch}
      <span>{text}</span>
    </li>
  );
}
