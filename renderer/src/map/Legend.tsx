import type { ReactNode } from 'react';
import { ATTITUDES, LINK_KINDS, type LinkKind } from '../../../shared/model';
import { badgeLetters, chipsIcon } from './icons';
import type { PersonCovers } from '../../../shared/visual/chips';
import { EXTRA_BADGE_ORDER, OPEN_ACTIONS_BADGE, UNVERIFIED_BADGE } from '../../../shared/visual/vocabulary';
import './legend-badges.css';
import type { MapLabels } from './labels';
import { LegendAnalysis } from './LegendAnalysis';
import { Item, Swatch } from './legendParts';
import { shapePath } from './legendShapes';
import { hasOverlays } from './overlays';
import type { MapOverlays } from './types';
import {
  ATTITUDE_SIGN,
  COMPETITOR_NODE,
  COVERS_BORDER,
  COVERS_NONE_DASH,
  EDGE_LOOK,
  INFLUENCE_SIZE,
  PALETTE,
  ROLE_SHAPE,
  TEAM_NODE,
  type ArrowShape,
  type MapTheme,
  type ShapeRole,
} from './style';

/**
 * The legend overlay, drawn from the same constants as the stylesheet (style.ts), so what it says is
 * what the map draws. HTML and inline SVG; chrome colours come from tokens.css.
 */

/** A sample row of chips: a trusted relationship and an acquaintance. */
const LEGEND_CHIPS: PersonCovers = {
  best: 3,
  chips: [
    { memberId: 'a', initials: 'LW', strength: 3 },
    { memberId: 'b', initials: 'ZM', strength: 1 },
  ],
  more: 0,
};

interface LegendProps {
  labels: MapLabels;
  theme: MapTheme;
  locale: string;
  overlays?: MapOverlays;
}

function arrowHead(shape: ArrowShape, x: number, y: number, colour: string, pointsRight: boolean): ReactNode {
  const d = pointsRight ? 1 : -1;
  switch (shape) {
    case 'triangle':
      return <path d={`M${x},${y}L${x - 7 * d},${y - 4}L${x - 7 * d},${y + 4}Z`} fill={colour} />;
    case 'vee':
      return <path d={`M${x},${y}L${x - 8 * d},${y - 4.5}L${x - 5 * d},${y}L${x - 8 * d},${y + 4.5}Z`} fill={colour} />;
    case 'tee':
      return <rect x={pointsRight ? x - 2 : x} y={y - 5} width={2.5} height={10} fill={colour} />;
    case 'circle':
      return <circle cx={x - 3.5 * d} cy={y} r={3.5} fill={colour} />;
    case 'square':
      return <rect x={pointsRight ? x - 6 : x} y={y - 3} width={6} height={6} fill={colour} />;
    default:
      return null;
  }
}

function LinkSwatch({ kind, theme }: { kind: LinkKind; theme: MapTheme }) {
  const look = EDGE_LOOK[kind];
  const palette = PALETTE[theme];
  const colour = palette.edge[kind];
  // A middle strength stands for kinds whose width varies with strength.
  const width = look.widths[Math.min(2, look.widths.length - 1)] ?? 1.5;
  const y = 8;
  const x1 = 3;
  const x2 = 45;
  const dash = look.dash ? look.dash.join(' ') : look.lineStyle === 'dotted' ? '1 3.5' : undefined;
  return (
    <Swatch width={48} height={16}>
      {look.double ? (
        <>
          <line x1={x1} y1={y - 2} x2={x2} y2={y - 2} stroke={colour} strokeWidth={1.5} />
          <line x1={x1} y1={y + 2} x2={x2} y2={y + 2} stroke={colour} strokeWidth={1.5} />
        </>
      ) : (
        <line
          x1={x1}
          y1={y}
          x2={x2 - (look.targetArrow === 'none' ? 0 : 4)}
          y2={y}
          stroke={colour}
          strokeWidth={width}
          strokeDasharray={dash}
          strokeLinecap={look.lineStyle === 'dotted' ? 'round' : 'butt'}
        />
      )}
      {arrowHead(look.sourceArrow, x1, y, colour, false)}
      {arrowHead(look.targetArrow, x2, y, colour, true)}
      {look.midArrow === 'circle' ? <circle cx={(x1 + x2) / 2} cy={y} r={3.5} fill={colour} /> : null}
    </Swatch>
  );
}

const ROLE_ROWS: { role: ShapeRole; key: keyof MapLabels['role'] }[] = [
  { role: 'decisionMaker', key: 'decisionMaker' },
  { role: 'influencer', key: 'influencer' },
  { role: 'coach', key: 'coach' },
  { role: 'user', key: 'user' },
  { role: 'none', key: 'other' },
];

export function Legend({ labels, theme, locale, overlays }: LegendProps) {
  const palette = PALETTE[theme];
  const letters = badgeLetters(locale);
  const neutral = palette.attitude.neutral;
  const maxSize = INFLUENCE_SIZE[INFLUENCE_SIZE.length - 1] as number;
  const sizeScale = 26 / maxSize;
  // Circles side by side, each scaled like the nodes, 3px apart.
  let edge = 0;
  const sizeRow = INFLUENCE_SIZE.map((size) => {
    const r = (size * sizeScale) / 2;
    const cx = edge + r;
    edge += 2 * r + 3;
    return { size, cx, r };
  });
  const sizeRowWidth = Math.ceil(edge - 3);

  return (
    <aside className="pm-legend" data-testid="map-legend" aria-label={labels.legend.title}>
      <h2 className="pm-legend-title">{labels.legend.title}</h2>
      <div className="pm-legend-columns">
        <section>
          <h3>{labels.legend.fill}</h3>
          <ul>
            {ATTITUDES.map((attitude) => {
              const look = palette.attitude[attitude];
              return (
                <Item
                  key={attitude}
                  text={labels.attitude[attitude]}
                  swatch={
                    <Swatch>
                      <circle cx={13} cy={13} r={11.5} fill={look.fill} stroke={attitude === 'unknown' ? palette.textMuted : 'none'} strokeWidth={1} />
                      <text x={13} y={13.5} textAnchor="middle" dominantBaseline="central" fontSize={10.5} fontWeight={700} fill={look.sign}>
                        {ATTITUDE_SIGN[attitude]}
                      </text>
                    </Swatch>
                  }
                />
              );
            })}
          </ul>
          <h3>{labels.legend.size}</h3>
          <div className="pm-legend-sizes">
            <span>{labels.legend.sizeLow}</span>
            <Swatch width={sizeRowWidth} height={28}>
              {sizeRow.map(({ size, cx, r }) => (
                <circle key={size} cx={cx} cy={14} r={r} fill={neutral.fill} />
              ))}
            </Swatch>
            <span>{labels.legend.sizeHigh}</span>
          </div>
        </section>
        <section>
          <h3>{labels.legend.shape}</h3>
          <ul>
            {ROLE_ROWS.map(({ role, key }) => (
              <Item
                key={role}
                text={role === 'none' ? labels.role.other : `${labels.role[key]} · ${letters[role as keyof typeof letters]}`}
                swatch={
                  <Swatch>
                    <path d={shapePath(ROLE_SHAPE[role], 22, 22, 13, 13)} fill={neutral.fill} stroke={palette.textMuted} strokeWidth={1} strokeLinejoin="round" />
                  </Swatch>
                }
              />
            ))}
          </ul>
          <p className="pm-legend-badges" data-testid="legend-extra-badges">
            {EXTRA_BADGE_ORDER.map((role) => (
              <span key={role}>
                <b>{letters[role]}</b> {labels.roleName[role]}
              </span>
            ))}
            <span data-testid="legend-unverified">
              <b>{UNVERIFIED_BADGE}</b> {labels.legend.unverified}
            </span>
            <span data-testid="legend-open-actions">
              <b>{OPEN_ACTIONS_BADGE}</b> {labels.legend.openActions}
            </span>
          </p>
          <h3>{labels.legend.border}</h3>
          <ul>
            {COVERS_BORDER.map((border, strength) => (
              <Item
                key={strength}
                text={strength === 0 ? labels.legend.borderNone : labels.coversStrength[strength as 1 | 2 | 3]}
                swatch={
                  <Swatch>
                    <circle
                      cx={13}
                      cy={13}
                      r={11.5 - (border.width * 0.75) / 2}
                      fill={palette.attitude.unknown.fill}
                      stroke={palette.team}
                      strokeWidth={border.width * 0.75}
                      strokeDasharray={border.style === 'dashed' ? '3 2' : undefined}
                    />
                  </Swatch>
                }
              />
            ))}
          </ul>
          <h3>{labels.legend.chips}</h3>
          <ul>
            <Item text={labels.legend.chipsHint} swatch={<img className="pm-legend-chips" src={chipsIcon(LEGEND_CHIPS, theme)} alt="" />} />
          </ul>
        </section>
      </div>
      <section>
        <h3>{labels.legend.links}</h3>
        <ul className="pm-legend-links">
          {LINK_KINDS.map((kind) => (
            <Item key={kind} text={labels.link[kind]} swatch={<LinkSwatch kind={kind} theme={theme} />} />
          ))}
          <Item
            text={`${labels.link.covers} · ${labels.coversStrength[0]}`}
            swatch={
              <Swatch width={48} height={16}>
                <line x1={3} y1={8} x2={41} y2={8} stroke={palette.edge.covers} strokeWidth={1.5} strokeDasharray={COVERS_NONE_DASH.join(' ')} />
                <circle cx={41.5} cy={8} r={3} fill="none" stroke={palette.edge.covers} strokeWidth={1.2} />
              </Swatch>
            }
          />
        </ul>
      </section>
      <section>
        <ul className="pm-legend-links">
          <Item
            text={labels.legend.ourTeam}
            swatch={
              <Swatch width={48} height={20}>
                <path d={shapePath(TEAM_NODE.shape, 40, 16, 24, 10)} fill={palette.team} />
              </Swatch>
            }
          />
          <Item
            text={labels.legend.competitor}
            swatch={
              <Swatch width={48} height={20}>
                <path d={shapePath(COMPETITOR_NODE.shape, 40, 16, 24, 10)} fill={palette.competitorFill} stroke={palette.competitorBorder} strokeWidth={1.5} />
              </Swatch>
            }
          />
          <Item
            text={labels.legend.selected}
            swatch={
              <Swatch width={48} height={24}>
                <circle cx={24} cy={12} r={11} fill="none" stroke={palette.selection} strokeWidth={2.5} />
                <circle cx={24} cy={12} r={6.5} fill={neutral.fill} />
              </Swatch>
            }
          />
        </ul>
      </section>
      {hasOverlays(overlays) ? <LegendAnalysis overlays={overlays} labels={labels} theme={theme} /> : null}
    </aside>
  );
}
