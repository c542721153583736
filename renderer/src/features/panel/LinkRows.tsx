import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { STRENGTH_RANGE } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import { KindChip, StrengthMeter } from './parts';
import type { LinkFromHere } from './relations';
import { nameOf } from './relations';
import { SelectRow } from './rows';

const ARROW = { outgoing: 'arrowRight', incoming: 'arrowLeft', mutual: 'swap' } as const;

/** The links of a node, one row each: kind, which way, the other end, strength. A click selects the link. */
export function LinkRows({ data, rows }: { data: AccountData; rows: readonly LinkFromHere[] }) {
  const { t } = useTranslation();
  return rows.map(({ link, direction, otherName }) => {
    const sentence = t(`enums.linkKindHint.${link.kind}`, { from: nameOf(data, link.from), to: nameOf(data, link.to) });
    const range = STRENGTH_RANGE[link.kind];
    return (
      <SelectRow key={link.id} selects={link.id} link title={sentence} label={sentence}>
        <KindChip kind={link.kind} />
        <Icon name={ARROW[direction]} size={13} className="panel-row-arrow" />
        <span className="panel-row-name">{otherName}</span>
        {range && link.strength !== null ? <StrengthMeter value={link.strength} max={range[1]} /> : null}
      </SelectRow>
    );
  });
}
