import type { ImportProblem, ProblemCode, ProblemOutcome } from './types';

/** English words for import problems (the command line's; the app has them in both languages). */
const WHAT: Record<ProblemCode, (value: string) => string> = {
  'missing-name': () => 'the row has no name',
  'bad-date': (value) => `"${value}" is not a date`,
  'bad-influence': (value) => `"${value}" is not an influence from 1 to 5`,
  'bad-attitude': (value) => `"${value}" is not an attitude`,
  'bad-layer': (value) => `"${value}" is not a layer`,
  'bad-role': (value) => `"${value}" is not a role`,
  'bad-driver': (value) => `"${value}" is not a personal driver`,
  'bad-strength': (value) => `"${value}" is not a relationship strength from 0 to 3`,
  'unknown-id': (value) => `no person in the account has the id "${value}"`,
  'reports-to-unmatched': (value) => `"${value}" matches nobody in the file or the account`,
  'reports-to-self': (value) => `"${value}" is the person themselves`,
  'duplicate-in-file': (value) => `"${value}" is on an earlier row too`,
  'too-long': () => 'the text is too long',
};

const OUTCOME: Record<ProblemOutcome, string> = {
  'row-skipped': 'row skipped',
  'value-ignored': 'value ignored',
  'value-cut': 'text cut to fit',
  'rows-merged': 'merged into the earlier row',
  'link-skipped': 'no reports-to link',
  'added-as-new': 'added as a new person',
};

/** "row 5, 影响力: "7" is not an influence from 1 to 5 (value ignored)" */
export function problemText(problem: ImportProblem): string {
  const where = problem.column === null ? `row ${problem.row}` : `row ${problem.row}, ${problem.column}`;
  return `${where}: ${WHAT[problem.code](problem.value)} (${OUTCOME[problem.outcome]})`;
}
