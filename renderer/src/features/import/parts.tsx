import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/import/types';
import { Icon } from '../../ui/icons';
import { problemText } from './problemText';

/** A compact select over a fixed list of values, each named by a message key prefix. */
export function ChoiceSelect<T extends string>({ values, value, labelKey, onChange, testId, label, disabled }: {
  values: readonly T[];
  value: T;
  /** e.g. "enums.layer" or "import.duplicate" */
  labelKey: string;
  onChange(value: T): void;
  testId?: string;
  label?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <select className="input select" data-testid={testId} aria-label={label} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as T)}>
      {values.map((option) => (
        <option key={option} value={option}>
          {t(`${labelKey}.${option}`)}
        </option>
      ))}
    </select>
  );
}

export function ProblemLines({ problems, testId }: { problems: readonly ImportProblem[]; testId: string }) {
  const { t } = useTranslation();
  return problems.map((problem, index) => (
    <p key={index} className="im-problem-line" data-testid={testId} data-code={problem.code}>
      <Icon name="alert" size={12} />
      {problemText(t, problem)}
    </p>
  ));
}
