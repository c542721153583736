import { useTranslation } from 'react-i18next';
import type { Analysis, RuleId } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import { nameOf } from './present';
import { RuleTag } from './RuleTag';

interface RowProps {
  label: string;
  value: string;
  risky: boolean;
  rule: RuleId;
  ids: string[];
  testId: string;
  onFocus(ids: string[]): void;
}

function ThreadRow({ label, value, risky, rule, ids, testId, onFocus }: RowProps) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className="fp-thread" data-testid={testId} data-risk={risky ? 'risk' : 'ok'} disabled={ids.length === 0} onClick={() => onFocus(ids)}>
        <span className={`fp-thread-icon ${risky ? 'fp-tone-critical' : 'fp-tone-ok'}`} title={risky ? t('findings.statusRisk') : t('findings.statusOk')}>
          <Icon name={risky ? 'alert' : 'check'} size={14} />
          <span className="sr-only">{risky ? t('findings.statusRisk') : t('findings.statusOk')}</span>
        </span>
        <span className="fp-thread-text">
          <span className="fp-thread-label">{label}</span>
          <span className="fp-thread-value">{value}</span>
        </span>
        <RuleTag rule={rule} short />
      </button>
    </li>
  );
}

/** Single-thread status: on the customer's side, on ours, and the people every route runs through. */
export function ThreadStatus({ analysis, data, onFocus }: { analysis: Analysis; data: AccountData; onFocus(ids: string[]): void }) {
  const { t, i18n } = useTranslation();
  const { contact, owner, bottlenecks } = analysis.singleThread;
  const list = (ids: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(ids.map((id) => nameOf(data, id)));
  const contactName = contact.personId ? nameOf(data, contact.personId) : '';
  const contactIds = contact.personId ? [contact.personId] : [];
  const ownerSingle = owner.status === 'single' ? owner.ownerIds[0] : undefined;

  return (
    <section className="fp-section" aria-label={t('findings.threads')}>
      <h3 className="fp-section-title">{t('findings.threads')}</h3>
      <ul className="fp-thread-list">
        <ThreadRow
          testId="thread-contact"
          label={t('findings.contact')}
          value={t(`findings.contactStatus.${contact.status}`, { name: contactName, share: Math.round(contact.topShare * 100), count: contact.strongCount })}
          risky={contact.status !== 'spread'}
          rule="singleThread"
          ids={contactIds}
          onFocus={onFocus}
        />
        <ThreadRow
          testId="thread-owner"
          label={t('findings.owner')}
          value={t(`findings.ownerStatus.${owner.status}`, { name: ownerSingle ? nameOf(data, ownerSingle) : '', names: list(owner.ownerIds) })}
          risky={owner.status !== 'spread'}
          rule="singleThread"
          ids={owner.ownerIds}
          onFocus={onFocus}
        />
        <ThreadRow
          testId="thread-bottlenecks"
          label={t('findings.bottlenecks')}
          value={bottlenecks.length === 0 ? t('findings.noBottleneck') : list(bottlenecks.map((b) => b.personId))}
          risky={bottlenecks.length > 0}
          rule="bottleneck"
          ids={bottlenecks.map((b) => b.personId)}
          onFocus={onFocus}
        />
      </ul>
    </section>
  );
}
