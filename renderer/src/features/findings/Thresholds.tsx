import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../../shared/analysis';
import type { AnalysisSettings } from '../../../../shared/ipc';
import { settingsStore, useSettings } from '../../app/services';
import { parseNumber } from '../../ui/validate';

const toPercent = (share: number) => Math.round(share * 100);

/** A whole percentage from 1 to 100, or null when the text is not one. */
export function parsePercent(text: string): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 100 ? value : null;
}

interface PercentProps {
  testId: string;
  label: string;
  hint: string;
  share: number;
  onCommit(share: number): void;
}

/** Commits on Enter or blur, like the other fields; a value out of range stays with its message. */
function PercentInput({ testId, label, hint, share, onCommit }: PercentProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(toPercent(share)));
  const [invalid, setInvalid] = useState(false);

  useEffect(
    function followSavedValue() {
      setText(String(toPercent(share)));
      setInvalid(false);
    },
    [share],
  );

  function commit() {
    const value = parsePercent(text);
    if (value === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== toPercent(share)) onCommit(value / 100);
  }

  return (
    <div className={`th-field${invalid ? ' th-invalid' : ''}`}>
      <label htmlFor={id} className="th-label">
        {label}
      </label>
      <div className="th-input-row">
        <input
          id={id}
          className="input th-input"
          data-testid={testId}
          inputMode="numeric"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            else if (event.key === 'Escape') {
              event.stopPropagation();
              setText(String(toPercent(share)));
              setInvalid(false);
            }
          }}
        />
        <span className="th-unit">%</span>
      </div>
      <span id={`${id}-hint`} className={invalid ? 'th-error' : 'th-hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('thresholds.range') : hint}
      </span>
    </div>
  );
}

const DEFAULTS: AnalysisSettings = {
  concentrationThreshold: DEFAULT_ANALYSIS_OPTIONS.concentrationThreshold,
  hiddenInfluenceQuantile: DEFAULT_ANALYSIS_OPTIONS.hiddenInfluenceQuantile,
};

/** The two thresholds of the rules, saved in the settings; every account's analysis follows them. */
export function Thresholds() {
  const { t } = useTranslation();
  const analysis = useSettings((state) => state.analysis);
  const save = (patch: Partial<AnalysisSettings>) => void settingsStore.getState().setAnalysis({ ...settingsStore.getState().analysis, ...patch });
  const atDefaults = analysis.concentrationThreshold === DEFAULTS.concentrationThreshold && analysis.hiddenInfluenceQuantile === DEFAULTS.hiddenInfluenceQuantile;

  return (
    <section className="fp-section th-section" aria-label={t('thresholds.heading')}>
      <h3 className="fp-section-title">{t('thresholds.heading')}</h3>
      <div className="th-grid">
        <PercentInput
          testId="threshold-concentration"
          label={t('thresholds.concentration')}
          hint={t('thresholds.concentrationHint')}
          share={analysis.concentrationThreshold}
          onCommit={(share) => save({ concentrationThreshold: share })}
        />
        <PercentInput
          testId="threshold-hidden"
          label={t('thresholds.hidden')}
          hint={t('thresholds.hiddenHint')}
          share={analysis.hiddenInfluenceQuantile}
          onCommit={(share) => save({ hiddenInfluenceQuantile: share })}
        />
      </div>
      <div className="th-foot">
        <span className="muted">{t('thresholds.defaults', { concentration: toPercent(DEFAULTS.concentrationThreshold), hidden: toPercent(DEFAULTS.hiddenInfluenceQuantile) })}</span>
        <button type="button" className="btn btn-small" data-testid="threshold-reset" disabled={atDefaults} onClick={() => void settingsStore.getState().setAnalysis(DEFAULTS)}>
          {t('thresholds.reset')}
        </button>
      </div>
    </section>
  );
}
