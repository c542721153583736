import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../../../shared/import/types';

/** A problem in the app's language: what and where, then what the import does about it. */
export function problemText(t: TFunction, problem: ImportProblem): string {
  const what = t(problem.messageKey, { row: problem.row, column: problem.column ?? '', value: problem.value });
  return t('import.problemWithOutcome', { problem: what, outcome: t(`import.outcome.${problem.outcome}`) });
}
