import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../shared/demo';
import { createHandlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';
import { createFakeStore } from './testing/fake-store';

/** Issue 12: a deck exported with "What changed since" compares each account with its latest snapshot. */

const dir = mkdtempSync(join(tmpdir(), 'power-map-export-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const slideText = (path: string) => execFileSync('unzip', ['-p', path, 'ppt/slides/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('export.save with changesSince', () => {
  it('adds "What changed since <snapshot>" with the changes made after it, and only when asked', async () => {
    const demo = buildDemoAccount('en', '2026-11-22');
    const ports = createFakePorts({ savePath: join(dir, 'with.pptx') });
    ports.today = () => '2026-11-22';
    const store = createFakeStore([demo]);
    const handlers = createHandlers(store, ports);
    const taken = await handlers['snapshots.take']({ accountId: demo.account.id, name: 'Q3 review', kind: 'user' });
    expect(taken.ok).toBe(true);
    const director = demo.people.find((p) => p.id === 'demo-p-it-director')!;
    // After the snapshot the director warms to us (the fake store holds data, not ops).
    store.accounts.set(demo.account.id, { ...demo, people: demo.people.map((p) => (p.id === director.id ? { ...p, attitude: 'supporter' as const } : p)) });

    const args = { jobId: 'job', format: 'pptx' as const, locale: 'en' as const, editable: true, accountIds: [demo.account.id] };
    expect((await handlers['export.save']({ ...args, changesSince: true })).ok).toBe(true);
    const withSlide = slideText(join(dir, 'with.pptx'));
    expect(withSlide).toContain('What changed since Q3 review — Eastlake University');
    expect(withSlide).toContain(`${director.name}: attitude skeptic → supporter`);

    ports.savePath = join(dir, 'without.pptx');
    writeFileSync(ports.savePath, '');
    expect((await handlers['export.save'](args)).ok).toBe(true);
    expect(slideText(ports.savePath)).not.toContain('What changed since');
  }, 60_000);
});
