import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import type { ExportProgress } from '../../../shared/ipc';
import { createHandlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';
import { createFakeStore } from './testing/fake-store';

const dir = mkdtempSync(join(tmpdir(), 'power-map-export-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(savePath: string | null) {
  const demo = buildDemoAccount('en', '2026-11-22');
  const ports = createFakePorts({ savePath });
  const progress: ExportProgress[] = [];
  ports.today = () => '2026-11-22';
  ports.exportProgress = (p) => progress.push(p);
  const store = createFakeStore([demo]);
  const handlers = createHandlers(store, ports);
  return { demo, ports, progress, handlers, store };
}

const base = { jobId: 'job-1', format: 'svg' as const, locale: 'en' as const };

describe('export.save', () => {
  it('asks where to save with a name from the account, writes the drawing there and reports progress', async () => {
    const target = join(dir, 'map.svg');
    const { demo, ports, progress, handlers } = setup(target);
    expect(await handlers['export.save']({ ...base, accountIds: [demo.account.id] })).toEqual({ ok: true, value: { path: target } });
    expect(ports.proposedNames).toEqual(['Eastlake University.svg']);
    expect(readFileSync(target, 'utf8')).toContain('>Eastlake University<');
    expect(progress.at(-1)).toEqual({ jobId: 'job-1', done: 2, total: 2 });
  });

  it('reports the size and scale a PNG was drawn at, as the file holds them', async () => {
    const target = join(dir, 'map.png');
    const { demo, handlers } = setup(target);
    const result = await handlers['export.save']({ ...base, format: 'png', scale: 1, accountIds: [demo.account.id] });
    if (!result.ok) throw new Error(result.error.message);
    const png = readFileSync(target);
    expect(result.value.image).toEqual({ width: png.readUInt32BE(16), height: png.readUInt32BE(20), scale: 1 });
    expect(result.value.image?.width).toBeGreaterThan(1000);
  });

  it('takes a snapshot of each account in an exported deck, named in the deck\'s language; a drawing takes none', async () => {
    const { demo, handlers, store } = setup(join(dir, 'snapshot-deck.pptx'));
    const deck = await handlers['export.save']({ ...base, jobId: 'job-deck', format: 'pptx', locale: 'zh-CN', accountIds: [demo.account.id] });
    expect(deck.ok).toBe(true);
    expect(store.snapshots(demo.account.id).map((s) => [s.name, s.kind])).toEqual([['2026-11-22 导出演示文稿', 'deck-export']]);
    const drawing = await handlers['export.save']({ ...base, jobId: 'job-svg', accountIds: [demo.account.id] });
    expect(drawing.ok).toBe(true);
    expect(store.snapshots(demo.account.id)).toHaveLength(1);
  });

  it('says nothing was done when the save dialog is cancelled', async () => {
    const { demo, handlers } = setup(null);
    const result = await handlers['export.save']({ ...base, accountIds: [demo.account.id] });
    expect(result.ok ? null : result.error.code).toBe('cancelled');
  });

  it('stops a cancelled job and leaves no file', async () => {
    const target = join(dir, 'cancelled.pptx');
    const { demo, ports, handlers } = setup(target);
    ports.exportProgress = () => void handlers['export.cancel']({ jobId: 'job-2' });
    const result = await handlers['export.save']({ ...base, jobId: 'job-2', format: 'pptx', editable: true, accountIds: [demo.account.id] });
    expect(result.ok ? null : result.error.code).toBe('cancelled');
    expect(existsSync(target)).toBe(false);
  });

  it('handles a cancel sent during a slow image export and ends it before the image is drawn: no file, no finished progress', async () => {
    const target = join(dir, 'cancelled-while-drawing.png');
    const { demo, ports, progress, handlers } = setup(target);
    let cancelSent = false;
    // The cancel comes as its own message, as IPC delivers it: handled only when the export lets the process breathe.
    ports.exportProgress = (p) => {
      progress.push(p);
      if (!cancelSent) setImmediate(() => void handlers['export.cancel']({ jobId: 'job-3' }));
      cancelSent = true;
    };
    const result = await handlers['export.save']({ ...base, jobId: 'job-3', format: 'png', scale: 4, accountIds: [demo.account.id] });
    expect(result.ok ? null : result.error.code).toBe('cancelled');
    expect(progress.some((p) => p.done === p.total)).toBe(false);
    expect(existsSync(target)).toBe(false);
  }, 30_000);

  it('stops a portfolio deck between slides when the cancel comes after the first one', async () => {
    const target = join(dir, 'cancelled-deck.pptx');
    const { demo, ports, progress, handlers } = setup(target);
    ports.exportProgress = (p) => {
      progress.push(p);
      if (p.done === 1) setImmediate(() => void handlers['export.cancel']({ jobId: 'job-4' }));
    };
    const result = await handlers['export.save']({ ...base, jobId: 'job-4', format: 'pptx', accountIds: [demo.account.id, demo.account.id, demo.account.id] });
    expect(result.ok ? null : result.error.code).toBe('cancelled');
    expect(progress.map((p) => p.done)).toEqual([1]);
    expect(existsSync(target)).toBe(false);
  }, 30_000);

  it('refuses several accounts in one image, and an unknown account, by name', async () => {
    const { demo, handlers } = setup(join(dir, 'x.png'));
    const several = await handlers['export.save']({ ...base, format: 'png', accountIds: [demo.account.id, demo.account.id] });
    expect(several.ok ? null : several.error.message).toContain('Only a PPTX deck can hold several accounts');
    const missing = await handlers['export.save']({ ...base, accountIds: ['nope'] });
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });

  it('says so when the file cannot be written, and leaves nothing half-written', async () => {
    const folder = join(dir, 'missing-folder');
    const { demo, handlers } = setup(join(folder, 'map.svg'));
    const result = await handlers['export.save']({ ...base, accountIds: [demo.account.id] });
    expect(result.ok ? null : result.error.code).toBe('io');
    expect(result.ok ? '' : result.error.message).toContain('Could not write');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
