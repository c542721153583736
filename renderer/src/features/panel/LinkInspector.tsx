import { useTranslation } from 'react-i18next';
import type { AccountData, Link } from '../../../../shared/model';
import { STRENGTH_RANGE } from '../../../../shared/model';
import { DateField, SelectField } from '../../ui/fields';
import type { Option } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { deleteWithUndo, patchLink } from './actions';
import { Avatar, DeleteButton, EmptyNote, InspectorHeader, KindChip, Section, Wide } from './parts';
import { endKindOf } from '../../../../shared/edit';
import { nameOf } from './relations';
import { SelectButton } from './rows';

/** The labels a strength choice carries: covers speak of relationships, the others of weight. */
function strengthOptions(link: Link, t: (key: string) => string): Option<string>[] {
  const range = STRENGTH_RANGE[link.kind];
  if (!range) return [];
  const group = link.kind === 'covers' ? 'coversStrength' : 'linkStrength';
  const options: Option<string>[] = [];
  for (let value = range[0]; value <= range[1]; value++) options.push({ value: String(value), label: t(`enums.${group}.${value}`) });
  return options;
}

function EndButton({ data, id, label }: { data: AccountData; id: string; label: string }) {
  const { t } = useTranslation();
  const name = nameOf(data, id);
  const kind = endKindOf(data, id) ?? 'person';
  return (
    <SelectButton selects={id} className="card-btn panel-end" title={t('panel.selectNamed', { name })}>
      <span className="panel-end-label">{label}</span>
      <span className="panel-end-body">
        <Avatar name={name} tone={kind} />
        <span className="panel-row-name">{name}</span>
      </span>
    </SelectButton>
  );
}

export function LinkInspector({ data, link }: { data: AccountData; link: Link }) {
  const { t } = useTranslation();
  const fromName = nameOf(data, link.from);
  const toName = nameOf(data, link.to);
  const options = strengthOptions(link, t);

  return (
    <>
      <InspectorHeader icon="link" kind={t('link.heading')}>
        <div className="panel-link-title">
          <KindChip kind={link.kind} />
        </div>
        <p className="panel-subtitle">{t(`enums.linkKindHint.${link.kind}`, { from: fromName, to: toName })}</p>
      </InspectorHeader>

      <Section grid={false}>
        <div className="panel-ends">
          <EndButton data={data} id={link.from} label={t('link.from')} />
          <Icon name={link.kind === 'ally' || link.kind === 'rival' ? 'swap' : 'arrowRight'} className="panel-ends-arrow" />
          <EndButton data={data} id={link.to} label={t('link.to')} />
        </div>
      </Section>

      <Section>
        {options.length > 0 && link.strength !== null ? (
          <Wide>
            <SelectField name="strength" label={t('link.strength')} value={String(link.strength)} options={options} onChange={(value) => patchLink(link.id, { strength: Number(value) })} />
          </Wide>
        ) : (
          <Wide>
            <EmptyNote>{t('link.noStrength')}</EmptyNote>
          </Wide>
        )}
        {link.kind === 'covers' ? (
          <DateField name="lastContact" label={t('link.lastContact')} value={link.lastContact} invalidMessage={t('validation.date')} onCommit={(lastContact) => patchLink(link.id, { lastContact })} />
        ) : null}
      </Section>

      <DeleteButton label={t('link.delete')} onClick={() => void deleteWithUndo([link.id], t('panel.deletedLink'))} />
    </>
  );
}
