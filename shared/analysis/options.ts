import type { AnalysisOptions } from './types';
import { dayNumber } from './dates';

/** DOMAIN's defaults: 60 % concentration for single-thread, the top quarter for hidden influence. */
export const DEFAULT_ANALYSIS_OPTIONS = {
  concentrationThreshold: 0.6,
  hiddenInfluenceQuantile: 0.25,
  goneIds: [] as readonly string[],
} as const satisfies Omit<AnalysisOptions, 'today'>;

export type AnalysisOptionsInput = Partial<AnalysisOptions> & Pick<AnalysisOptions, 'today'>;

const clampShare = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, 1) : fallback;

/**
 * Fills in the defaults. Thresholds outside (0, 1] fall back to the default rather than producing
 * nonsense. An invalid `today` is a programming error (the caller always knows the date), so it throws.
 */
export function resolveOptions(input: AnalysisOptionsInput): Required<AnalysisOptions> {
  if (dayNumber(input.today) === null) {
    throw new RangeError(`analysis needs today as YYYY-MM-DD, got "${input.today}"`);
  }
  return {
    today: input.today,
    concentrationThreshold: clampShare(input.concentrationThreshold, DEFAULT_ANALYSIS_OPTIONS.concentrationThreshold),
    hiddenInfluenceQuantile: clampShare(input.hiddenInfluenceQuantile, DEFAULT_ANALYSIS_OPTIONS.hiddenInfluenceQuantile),
    goneIds: input.goneIds ?? [],
  };
}
