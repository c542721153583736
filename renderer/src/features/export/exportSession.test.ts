import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArgsOf, Channel, ExportProgress, ResultOf } from '../../../../shared/ipc';
import type { AppError, Result } from '../../../../shared/model';
import { createExportDialogStore, SLOW_EXPORT_MS } from './exportSession';

type SaveResult = Result<ResultOf<'export.save'>>;

/** A main process whose export.save answers only when the test says so, and whose progress the test sends. */
function harness() {
  const calls: { channel: Channel; args: unknown }[] = [];
  const listeners = new Set<(progress: ExportProgress) => void>();
  let finishSave: (result: SaveResult) => void = () => {};
  const saved: string[] = [];
  const reduced: unknown[] = [];
  const fileExports: number[] = [];
  let flushed = 0;
  let nextId = 1;

  const client = {
    call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>> {
      calls.push({ channel, args });
      if (channel === 'export.save') return new Promise<SaveResult>((resolve) => (finishSave = resolve)) as Promise<Result<ResultOf<C>>>;
      return Promise.resolve({ ok: true, value: { cancelled: true } } as Result<ResultOf<C>>);
    },
  };
  const store = createExportDialogStore({
    client,
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    locale: () => 'zh-CN',
    flush: async () => {
      flushed++;
    },
    exportAccountFile: async () => {
      fileExports.push(Date.now());
    },
    saved: (path, image) => {
      saved.push(path);
      reduced.push(image);
    },
    newJobId: () => `job-${nextId++}`,
  });
  return {
    store,
    calls,
    saved,
    reduced,
    fileExports,
    flushed: () => flushed,
    listenerCount: () => listeners.size,
    progress: (progress: ExportProgress) => listeners.forEach((listener) => listener(progress)),
    finish: (result: SaveResult) => finishSave(result),
    fail: (error: AppError) => finishSave({ ok: false, error }),
  };
}

/** Lets the awaited flush and call inside start() run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('export dialog session', () => {
  it('tells the user when a large map got a smaller scale than the one picked, and only then', async () => {
    const h = harness();
    for (const drawnScale of [1.55, 4]) {
      h.store.getState().open({ accountIds: ['acc-1'] });
      h.store.getState().choose({ format: 'png', scale: 4 });
      const running = h.store.getState().start();
      await vi.advanceTimersByTimeAsync(0);
      h.finish({ ok: true, value: { path: '/tmp/Big.png', image: { width: 6901, height: 4635, scale: drawnScale } } });
      await running;
    }
    expect(h.reduced).toEqual([{ width: 6901, height: 4635, scale: 1.55 }, null]);
  });

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves pending edits, then exports with the picks in the app language, and closes with the path', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    h.store.getState().choose({ format: 'png', scale: 4 });
    const running = h.store.getState().start();
    await settle();
    expect(h.flushed()).toBe(1);
    expect(h.calls[0]).toEqual({
      channel: 'export.save',
      args: { jobId: 'job-1', accountIds: ['acc-1'], format: 'png', scale: 4, transparent: false, editable: false, includePrivate: false, locale: 'zh-CN' },
    });
    h.finish({ ok: true, value: { path: '/tmp/Eastlake.png' } });
    await running;
    expect(h.saved).toEqual(['/tmp/Eastlake.png']);
    expect(h.reduced).toEqual([null]);
    expect(h.store.getState().request).toBeNull();
    expect(h.store.getState().job).toBeNull();
    expect(h.listenerCount()).toBe(0);
  });

  it('shows nothing extra for a job under a second, and the progress after one second', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    await vi.advanceTimersByTimeAsync(SLOW_EXPORT_MS - 10);
    expect(h.store.getState().job?.slow).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(h.store.getState().job?.slow).toBe(true);
    h.finish({ ok: true, value: { path: '/x.pptx' } });
    await running;
  });

  it('follows progress events of its own job only', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    await settle();
    h.progress({ jobId: 'someone-else', done: 3, total: 4 });
    expect(h.store.getState().job?.progress).toBeNull();
    h.progress({ jobId: 'job-1', done: 1, total: 4 });
    expect(h.store.getState().job?.progress).toEqual({ jobId: 'job-1', done: 1, total: 4 });
    h.finish({ ok: true, value: { path: '/x.pptx' } });
    await running;
  });

  it('cannot be closed or changed mid-export; cancelling asks the main process once and closes silently', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    await settle();
    h.store.getState().close();
    h.store.getState().choose({ format: 'svg' });
    expect(h.store.getState().request).not.toBeNull();
    expect(h.store.getState().choices.format).toBe('pptx');
    h.store.getState().cancel();
    h.store.getState().cancel();
    expect(h.calls.filter((c) => c.channel === 'export.cancel')).toEqual([{ channel: 'export.cancel', args: { jobId: 'job-1' } }]);
    expect(h.store.getState().job?.cancelling).toBe(true);
    h.fail({ code: 'cancelled', message: 'Export cancelled.' });
    await running;
    expect(h.store.getState().request).toBeNull();
    expect(h.store.getState().error).toBeNull();
    expect(h.saved).toEqual([]);
  });

  it('a save dialog cancelled in the main process closes without a word', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    await settle();
    h.fail({ code: 'cancelled', message: 'Export cancelled.' });
    await running;
    expect(h.store.getState()).toMatchObject({ request: null, job: null, error: null });
  });

  it('keeps the dialog open with the message when the export fails, ready to try again', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    await settle();
    h.fail({ code: 'io', message: 'Could not write /locked.pptx: EBUSY' });
    await running;
    expect(h.store.getState().request).not.toBeNull();
    expect(h.store.getState().job).toBeNull();
    expect(h.store.getState().error).toBe('Could not write /locked.pptx: EBUSY');
    // A new pick clears the message; the next job has a new id.
    h.store.getState().choose({ format: 'pdf' });
    expect(h.store.getState().error).toBeNull();
    void h.store.getState().start();
    await settle();
    expect(h.calls.at(-1)?.args).toMatchObject({ jobId: 'job-2', format: 'pdf' });
  });

  it('a cancel pressed while the edits are still saving never opens the save dialog', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    const running = h.store.getState().start();
    h.store.getState().cancel();
    await running;
    expect(h.calls.map((c) => c.channel)).toEqual(['export.cancel']);
    expect(h.store.getState().request).toBeNull();
  });

  it('hands the .powermap file to the account export and closes', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    h.store.getState().choose({ format: 'powermap' });
    await h.store.getState().start();
    expect(h.fileExports).toHaveLength(1);
    expect(h.calls).toEqual([]);
    expect(h.store.getState().request).toBeNull();
  });

  it('remembers the picks when the dialog opens again, but neither the last error nor the private fields', async () => {
    const h = harness();
    h.store.getState().open({ accountIds: ['acc-1'] });
    h.store.getState().choose({ format: 'svg', background: 'transparent', includePrivate: true });
    const running = h.store.getState().start();
    await settle();
    h.fail({ code: 'io', message: 'disk full' });
    await running;
    h.store.getState().close();
    h.store.getState().open({ accountIds: ['acc-2'] });
    expect(h.store.getState().choices).toMatchObject({ format: 'svg', background: 'transparent', includePrivate: false });
    expect(h.store.getState().error).toBeNull();
  });
});
