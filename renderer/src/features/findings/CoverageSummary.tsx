import { useTranslation } from 'react-i18next';
import type { Analysis, LayerStatus } from '../../../../shared/analysis';
import type { IconName } from '../../ui/icons';
import { Icon } from '../../ui/icons';
import { RuleTag } from './RuleTag';

const STATUS_ICON: Record<LayerStatus, IconName> = { missing: 'statusMissing', identified: 'statusIdentified', covered: 'statusCovered' };

/** A rough reading of the score, for the bar's tone only (the number and the words carry the meaning). */
function scoreTone(score: number): 'low' | 'mid' | 'high' {
  return score < 40 ? 'low' : score < 70 ? 'mid' : 'high';
}

interface Props {
  analysis: Analysis;
  onFocus(ids: string[]): void;
}

/** Weighted coverage as a number on a bar, and the four bands as indicators with a word each. */
export function CoverageSummary({ analysis, onFocus }: Props) {
  const { t } = useTranslation();
  const score = Math.round(analysis.weightedCoverage.score);
  const covered = analysis.layerCoverage.filter((l) => l.status === 'covered').length;
  return (
    <section className="fp-section fp-coverage" aria-label={t('findings.weightedCoverage')}>
      <div className="fp-score" data-testid="weighted-coverage" data-score={score} data-tone={scoreTone(score)}>
        <div className="fp-score-head">
          <span className="fp-section-title">{t('findings.weightedCoverage')}</span>
          <RuleTag rule="weightedCoverage" short />
        </div>
        <div className="fp-score-row">
          <span className="fp-score-number num">{score}</span>
          <span className="fp-score-unit">{t('findings.outOf100')}</span>
        </div>
        <div className="fp-score-bar" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={score} aria-label={t('findings.coverageScore', { score })}>
          <span style={{ width: `${Math.max(score, 1)}%` }} />
        </div>
      </div>

      <div className="fp-layers">
        <div className="fp-score-head">
          <span className="fp-section-title">{t('findings.layers')}</span>
          <RuleTag rule="layerCoverage" short />
        </div>
        <p className="fp-caption">{t('findings.layersCovered', { covered })}</p>
        <ul className="fp-band-list">
          {analysis.layerCoverage.map((entry) => (
            <li key={entry.layer}>
              <button
                type="button"
                className="fp-band"
                data-testid="layer-indicator"
                data-layer={entry.layer}
                data-status={entry.status}
                title={t('findings.selectLayer', { layer: t(`enums.layer.${entry.layer}`) })}
                disabled={entry.personIds.length === 0}
                onClick={() => onFocus(entry.personIds)}
              >
                <span className="fp-band-name">{t(`enums.layer.${entry.layer}`)}</span>
                <span className="fp-band-count muted">
                  {entry.personIds.length === 0 ? t('findings.layerNobody') : t('findings.layerCounts', { covered: entry.coveredIds.length, people: entry.personIds.length })}
                </span>
                <span className={`fp-status fp-status-${entry.status}`}>
                  <Icon name={STATUS_ICON[entry.status]} size={14} />
                  {t(`findings.layerStatus.${entry.status}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
