import { OPEN_ACTIONS_BADGE } from '../../../shared/visual/vocabulary';
import type { PersonCardModel } from './card';
import type { CardAnchor } from './hover';
import type { MapLabels } from './labels';
import { PALETTE, type MapTheme } from './style';

/**
 * The hover card of a person, an HTML overlay next to the node. Text only (React escapes it); what it
 * may show is decided by card.ts.
 */

interface PersonCardProps {
  card: PersonCardModel;
  anchor: CardAnchor;
  /** the map area's size in pixels, to keep the card inside it */
  area: { width: number; height: number };
  labels: MapLabels;
  theme: MapTheme;
}

const HALF_WIDTH = 140;
/** Room the card needs above the node before it goes below instead. */
const ROOM_ABOVE = 190;
const GAP = 10;

function Meter({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <span className="pm-card-meter" role="img" aria-label={label}>
      {Array.from({ length: max }, (_, i) => (
        <span key={i} className={i < value ? 'on' : undefined} />
      ))}
    </span>
  );
}

export function PersonCard({ card, anchor, area, labels, theme }: PersonCardProps) {
  const above = anchor.top > ROOM_ABOVE;
  const centre = (anchor.left + anchor.right) / 2;
  const left = Math.min(Math.max(centre, HALF_WIDTH + 8), Math.max(HALF_WIDTH + 8, area.width - HALF_WIDTH - 8));
  const style = above
    ? { left, top: anchor.top - GAP, transform: 'translate(-50%, -100%)' }
    : { left, top: anchor.bottom + GAP, transform: 'translate(-50%, 0)' };
  const look = PALETTE[theme].attitude[card.attitudeKey];
  return (
    <div className="pm-card" role="tooltip" data-testid="map-person-card" style={style}>
      <div className="pm-card-head">
        <span className="pm-card-sign" style={{ background: look.fill, color: look.sign }} aria-hidden="true">
          {card.attitudeSign}
        </span>
        <div className="pm-card-names">
          <strong>{card.name}</strong>
          {card.title ? <span>{card.title}</span> : null}
        </div>
      </div>
      <dl className="pm-card-facts">
        <dt>{labels.card.roles}</dt>
        <dd>{card.roles}</dd>
        <dt>{labels.card.attitude}</dt>
        <dd>{card.attitude}</dd>
        <dt>{labels.card.influence}</dt>
        <dd>
          <Meter value={card.influence} max={5} label={`${card.influence}/5`} />
          <span className="pm-card-num">{card.influence}/5</span>
        </dd>
        <dt>{labels.card.coverage}</dt>
        <dd>
          <Meter value={card.coverageStrength} max={3} label={`${card.coverageStrength}/3`} />
          <span>{card.coverage}</span>
        </dd>
        {card.favours ? (
          <>
            <dt>{labels.card.favours}</dt>
            <dd data-testid="card-favours">{card.favours}</dd>
          </>
        ) : null}
        {card.openActions > 0 ? (
          <>
            <dt>{labels.card.openActions}</dt>
            <dd data-testid="card-open-actions">
              {OPEN_ACTIONS_BADGE} {card.openActions}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
