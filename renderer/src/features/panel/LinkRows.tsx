import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { STRENGTH_RANGE } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { select } from './actions';
import { KindChip, StrengthMeter } from './parts';
import type { LinkFromHere } from './relations';
import { nameOf } from './relations';

const ARROW = { outgoing: 'arrowRight', incoming: 'arrowLeft', mutual: 'swap' } as const;

/** The links of a node, one row each: kind, which way, the other end, strength. A click selects the link. */
export function LinkRows({ data, rows }: { data: AccountData; rows: readonly LinkFromHere[] }) {
  const { t } = useTranslation();
  return (
    <ul className="panel-list">
      {rows.map(({ link, direction, otherName }) => {
        const sentence = t(`enums.linkKindHint.${link.kind}`, { from: nameOf(data, link.from), to: nameOf(data, link.to) });
        const range = STRENGTH_RANGE[link.kind];
        return (
          <li key={link.id}>
            <button
              type="button"
              className="panel-row panel-link-row"
              data-testid={TID.panelLink}
              data-link-id={link.id}
              title={sentence}
              aria-label={sentence}
              onClick={() => select([link.id])}
            >
              <KindChip kind={link.kind} />
              <Icon name={ARROW[direction]} size={13} className="panel-row-arrow" />
              <span className="panel-row-name">{otherName}</span>
              {range && link.strength !== null ? <StrengthMeter value={link.strength} max={range[1]} /> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
