import type { ExportFormat, ExportProgress } from '../../../../shared/ipc';

/**
 * What the progress bar says about a running export. The main process reports only "done of total"
 * steps; the stage is read from where the job stands: nothing reported yet (it is still asking where to
 * save or starting), drawing the map or building the slides, and after the last step writing the file
 * (the deck is zipped and the file written whole, which takes a moment of its own).
 */
export type ExportStage = 'preparing' | 'drawing' | 'building' | 'writing';

export interface ProgressView {
  stage: ExportStage;
  /** 0-100, or null while nothing is known (the bar then moves without a value) */
  percent: number | null;
  done: number;
  total: number;
}

export function progressView(format: ExportFormat, progress: ExportProgress | null): ProgressView {
  if (!progress || progress.total <= 0) return { stage: 'preparing', percent: null, done: 0, total: 0 };
  const done = Math.min(Math.max(progress.done, 0), progress.total);
  const percent = Math.round((done / progress.total) * 100);
  const stage: ExportStage = done >= progress.total ? 'writing' : format === 'pptx' ? 'building' : 'drawing';
  return { stage, percent, done, total: progress.total };
}
