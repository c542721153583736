import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisLocale, Finding, FindingGroup } from '../../../../shared/analysis';
import { findingSubject, findingTitle, groupPeople, listNames, namesFor } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import { SEVERITY_ICON } from './present';

interface Props {
  group: FindingGroup;
  data: AccountData;
  locale: AnalysisLocale;
  renderItem(finding: Finding): ReactNode;
}

/**
 * Several findings of the same kind as one line naming everyone they concern ("No contact date · 5
 * people: …"); it opens to show each finding with its own explanation and advice.
 */
export function FindingGroupItem({ group, data, locale, renderItem }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const severity = group.findings[0]!.severity;
  const people = groupPeople(group);
  const listId = `fp-group-${group.key}`;
  return (
    <div className={`fp-same fp-finding-${severity}${open ? ' fp-same-open' : ''}`} data-testid="finding-group" data-code={group.code} data-count={group.findings.length}>
      <button type="button" className="fp-same-head" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-testid="finding-group-toggle">
        <span className={`fp-sev fp-tone-${severity}`}>
          <Icon name={SEVERITY_ICON[severity]} size={14} />
          <span className="fp-sev-word">{t(`findings.severity.${severity}`)}</span>
        </span>
        <span className="fp-finding-title">
          {findingTitle(group.code, locale)}
          <span className="fp-group-count">{group.findings.length}</span>
        </span>
        <span className="fp-finding-text">
          {people
            ? t('findingsPlan.groupPeople', { count: people.length, names: listNames(namesFor(people, data, locale), locale) })
            : listNames(group.findings.map((f) => findingSubject(f, data, locale)), locale)}
        </span>
        <span className="fp-same-toggle">
          <Icon name="chevronDown" size={13} />
          {open ? t('findingsPlan.hideEach') : t('findingsPlan.showEach')}
        </span>
      </button>
      {open ? (
        <ul className="fp-finding-list fp-same-list" id={listId}>
          {group.findings.map((finding) => (
            <li key={finding.key}>{renderItem(finding)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
