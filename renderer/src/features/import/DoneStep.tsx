import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/import/types';
import { Icon } from '../../ui/icons';
import { ProblemLines } from './parts';

/** The last step: what was added, updated and skipped, the links drawn, and what was left out and why. */
export function DoneStep({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const { counts } = summary;
  const lines: { key: string; count: number; tone: string }[] = [
    { key: 'added', count: counts.added, tone: 'success' },
    { key: 'updated', count: counts.updated, tone: 'accent' },
    { key: 'skipped', count: counts.skipped, tone: 'muted' },
    { key: 'merged', count: counts.merged, tone: 'muted' },
    { key: 'teamAdded', count: counts.teamAdded, tone: 'accent' },
  ];
  return (
    <div className="im-done" data-testid="import-summary" data-added={counts.added} data-updated={counts.updated} data-skipped={counts.skipped}>
      <div className="im-done-head">
        <span className="im-done-icon" aria-hidden="true">
          <Icon name="check" size={20} />
        </span>
        <ul className="im-done-counts">
          {lines
            .filter((line) => line.count > 0 || line.key === 'added' || line.key === 'updated' || line.key === 'skipped')
            .map((line) => (
              <li key={line.key} className={`im-done-count im-tone-${line.tone}`} data-testid={`import-summary-${line.key}`}>
                <strong>{line.count}</strong>
                <span>{t(`import.summary.countLabel.${line.key}`)}</span>
              </li>
            ))}
        </ul>
      </div>
      <p className="im-done-line">{t('import.summary.links', { reportsTo: counts.reportsToLinks, covers: counts.coversLinks })}</p>
      <p className="im-done-line muted">{t('import.summary.source', { source: summary.source })}</p>
      <p className="im-done-line muted">{t('import.summary.undoHint')}</p>
      {summary.problems.length > 0 ? (
        <section className="im-done-problems">
          <h3 className="im-section-title">{t('import.summary.problemsHeading')}</h3>
          <div className="im-done-problem-list">
            <ProblemLines problems={summary.problems} testId="import-summary-problem" />
          </div>
        </section>
      ) : null}
    </div>
  );
}
