import type { ReactNode } from 'react';
import type { MapLabels } from './labels';
import { Item, Swatch } from './legendParts';
import { shapePath } from './legendShapes';
import { EYE_BADGE } from './overlayStyle';
import { marksInUse } from './overlays';
import { PALETTE, type MapTheme } from './style';
import type { BandOverlay, MapOverlays, OverlayClass } from './types';

/**
 * The legend's "Analysis" section: the overlay marks on the map right now, each drawn as the map draws
 * it (overlayStyle.ts), so a colleague reading the slide knows what a ring or a hatch means.
 */

interface LegendAnalysisProps {
  overlays: MapOverlays | undefined;
  labels: MapLabels;
  theme: MapTheme;
}

function markSwatch(mark: OverlayClass, theme: MapTheme): ReactNode {
  const palette = PALETTE[theme];
  const o = palette.overlay;
  const node = palette.attitude.neutral.fill;
  const dot = (opacity = 1) => <circle cx={13} cy={13} r={7.5} fill={node} opacity={opacity} />;
  const line = (props: { colour: string; width: number; dash?: string; opacity?: number; arrow?: boolean }) => (
    <Swatch width={48} height={16}>
      <line x1={3} y1={8} x2={props.arrow ? 39 : 45} y2={8} stroke={props.colour} strokeWidth={props.width} strokeDasharray={props.dash} opacity={props.opacity} strokeLinecap="round" />
      {props.arrow ? <path d="M45,8L37,3.5L37,12.5Z" fill={props.colour} /> : null}
    </Swatch>
  );
  switch (mark) {
    case 'halo-bottleneck':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={12.5} fill={o.bottleneck} opacity={0.42} />
          {dot()}
        </Swatch>
      );
    case 'halo-single-thread':
      return (
        <Swatch>
          <rect x={0.5} y={0.5} width={25} height={25} rx={6} fill={o.singleThread} opacity={0.45} />
          {dot()}
        </Swatch>
      );
    case 'uncovered-dm':
      return (
        <Swatch>
          <path d={shapePath('round-diamond', 16, 16, 13, 13)} fill={node} />
          <path d={shapePath('round-diamond', 24, 24, 13, 13)} fill="none" stroke={o.alarm} strokeWidth={1.8} strokeDasharray="3 2" />
        </Swatch>
      );
    case 'hidden-influencer': {
      const w = EYE_BADGE.width * 0.62;
      const h = EYE_BADGE.height * 0.62;
      return (
        <Swatch>
          <circle cx={15} cy={15} r={9} fill={node} />
          <rect x={0.5} y={1} width={w} height={h} rx={h / 2} fill={o.hidden} />
          <path d={`M${0.5 + w / 2 - 4},${1 + h / 2} Q${0.5 + w / 2},${1 + h / 2 - 3.6} ${0.5 + w / 2 + 4},${1 + h / 2} Q${0.5 + w / 2},${1 + h / 2 + 3.6} ${0.5 + w / 2 - 4},${1 + h / 2}Z`} fill="none" stroke={o.hiddenText} strokeWidth={1.1} />
          <circle cx={0.5 + w / 2} cy={1 + h / 2} r={1.3} fill={o.hiddenText} />
        </Swatch>
      );
    }
    case 'link-stale':
      return line({ colour: palette.edge.covers, width: 2, dash: '6 4', opacity: 0.6 });
    case 'link-cold':
      return line({ colour: palette.edge.covers, width: 2, dash: '0.5 4.5', opacity: 0.45 });
    case 'path':
      return line({ colour: o.path, width: 4, arrow: true });
    case 'gone':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={9} fill={o.gone} opacity={0.5} stroke={palette.team} strokeWidth={1.5} strokeDasharray="3 2" />
        </Swatch>
      );
    case 'diff-new':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={11.5} fill="none" stroke={o.path} strokeWidth={1.2} />
          <circle cx={13} cy={13} r={9.5} fill="none" stroke={o.path} strokeWidth={1.2} />
          <path d="M13 9v8M9 13h8" stroke={palette.team} strokeWidth={2} />
        </Swatch>
      );
    case 'diff-moved':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={11} fill="none" stroke={o.spotlight} strokeWidth={2} strokeDasharray="3 2" />
          <path d="M13 18V8M9 12l4-4 4 4" fill="none" stroke={palette.team} strokeWidth={1.8} />
        </Swatch>
      );
    case 'diff-removed':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={9} fill={o.gone} opacity={0.4} stroke={palette.team} strokeWidth={1.5} strokeDasharray="2 3" />
        </Swatch>
      );
    case 'dimmed':
      return <Swatch>{dot(0.2)}</Swatch>;
    case 'search-hit':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={11.5} fill="none" stroke={o.spotlight} strokeWidth={2.5} />
          {dot()}
        </Swatch>
      );
    case 'filtered-out':
      return <Swatch>{dot(0.2)}</Swatch>;
    case 'spotlight':
      return (
        <Swatch>
          <circle cx={13} cy={13} r={12.5} fill={o.spotlight} opacity={0.3} />
          {dot()}
        </Swatch>
      );
  }
}

function bandSwatch(band: BandOverlay, theme: MapTheme): ReactNode {
  const palette = PALETTE[theme];
  if (band === 'dimmed') {
    return (
      <Swatch width={48} height={20}>
        <rect x={1} y={2} width={46} height={16} rx={4} fill={palette.bands.decision.fill} stroke={palette.bands.decision.border} opacity={0.4} />
      </Swatch>
    );
  }
  const look = palette.overlay[band];
  const id = `pm-hatch-${band}-${theme}`;
  return (
    <Swatch width={48} height={20}>
      <defs>
        <pattern id={id} width={7} height={7} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={7} stroke={look.hatch} strokeWidth={1.6} opacity={0.55} />
          {band === 'missing' ? <line x1={0} y1={3.5} x2={7} y2={3.5} stroke={look.hatch} strokeWidth={1.6} opacity={0.55} /> : null}
        </pattern>
      </defs>
      <rect x={1} y={2} width={46} height={16} rx={4} fill={look.tint} stroke={look.border} strokeWidth={1.5} />
      <rect x={1} y={2} width={46} height={16} rx={4} fill={`url(#${id})`} />
    </Swatch>
  );
}

export function LegendAnalysis({ overlays, labels, theme }: LegendAnalysisProps) {
  const used = marksInUse(overlays);
  const bandText: Record<BandOverlay, string> = {
    uncovered: labels.legend.bandUncovered,
    missing: labels.legend.bandMissing,
    dimmed: labels.overlay.dimmed,
  };
  return (
    <section className="pm-legend-analysis" data-testid="map-legend-analysis">
      <h3>{labels.legend.analysis}</h3>
      <ul className="pm-legend-links">
        {used.classes.map((mark) => (
          <Item key={mark} text={labels.overlay[mark]} swatch={markSwatch(mark, theme)} />
        ))}
        {used.bands
          // A dimmed band and dimmed people mean the same thing: one row says it.
          .filter((band) => band !== 'dimmed' || !used.classes.includes('dimmed'))
          .map((band) => (
            <Item key={`band-${band}`} text={bandText[band]} swatch={bandSwatch(band, theme)} />
          ))}
      </ul>
    </section>
  );
}
