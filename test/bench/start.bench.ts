import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { openDatabaseSession, sessionStore } from '../../node/db/session';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { CHANNELS } from '../../shared/ipc/channels';
import { serveRenderer } from '../e2e/static-server';
import { portfolioDatabase } from './agenda.bench';
import { median, ms, percentile, table } from './stats';

/**
 * (c) Issue 13's Monday-morning start: opening the app to the agenda drawn, against opening it to the
 * account list, on a database of 200 accounts, 10,000 people and 50,000 logged contacts (target: within
 * 1.2x). Measured as the e2e harness runs the app (test/e2e/harness.ts): the built renderer in headless
 * Chromium, the real main-process handlers (dispatch -> handlers -> SQLite store on the file) behind a
 * binding that stands in for Electron's IPC. Electron's own start (its binary, the window) is not in it;
 * the same for both screens.
 *
 * Each start: the database opened as main opens it (the start check, the session), a fresh page loaded,
 * and the clock stopped once the screen is drawn: every account row (list), or the agenda's lines (the
 * start screen switches from the list to the agenda once it knows there are accounts), then two frames.
 * The two starts alternate, so drift in the machine's load hits both alike. Reported: wall clock; the
 * main-process handlers' time (the data path from SQLite each screen asked for); and CPU time, the
 * handlers' process (with the accounts an agenda start reads ahead while the page loads, session.ts) plus
 * the page's main thread (Chromium's TaskDuration), which the machine's other
 * work disturbs far less; and what the handlers' answers weigh (JSON), what crossed IPC.
 */

const TODAY = '2026-11-22';
type Kind = 'list' | 'agenda';

interface Sample {
  wall: number;
  handlers: number;
  /** CPU time the start spent reading the accounts ahead, while the page loaded. */
  ahead: number;
  cpu: number;
  lines: number;
  /** What the handlers' answers weigh as JSON: what crossed IPC. */
  bytes: number;
}

async function startOnce(browser: Browser, url: string, dbPath: string, kind: Kind): Promise<Sample> {
  // The session's clock and the handlers' today agree, as in the app: the start reads that day's agenda ahead.
  const session = await openDatabaseSession(dbPath, { now: () => new Date(`${TODAY}T08:00:00`) });
  const store = sessionStore(session);
  store.setReminders({ startOnAgenda: kind === 'agenda' });
  const handlers = createHandlers(
    store,
    { today: () => TODAY, chooseSavePath: async () => null, chooseOpenPath: async () => null, appVersion: '0.0.0-bench', systemLocale: 'en-US' },
    session,
    { quit: () => undefined, chooseDatabase: async () => null, openDatabase: () => undefined },
  );
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  let handlerTime = 0;
  let handlerCpu = 0;
  let bytes = 0;
  await page.exposeBinding('__powerMapInvoke', async (_source, channel: unknown, payload: unknown) => {
    const used = process.cpuUsage();
    const start = performance.now();
    let result: unknown;
    try {
      result = await dispatch(handlers, channel, payload);
      return result;
    } finally {
      handlerTime += performance.now() - start;
      const { user, system } = process.cpuUsage(used);
      handlerCpu += (user + system) / 1000;
      bytes += JSON.stringify(result ?? null).length;
    }
  });
  // As text: tsx would wrap a function's inner functions in its own naming helper, which the page lacks.
  await page.addInitScript({
    content: `(() => {
      const call = Object.fromEntries(${JSON.stringify(CHANNELS)}.map((c) => [c, (args) => globalThis.__powerMapInvoke(c, args)]));
      const none = () => () => undefined;
      Object.defineProperty(globalThis, 'powerMap', { value: Object.freeze({ call: Object.freeze(call), onMenuCommand: none, onExportProgress: none, onFullScreenChange: none }) });
    })();`,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = performance.now();
  await page.goto(url);
  let lines = 0;
  if (kind === 'list') {
    const count = store.listAccounts().length;
    await page.getByTestId('account-row').nth(count - 1).waitFor({ timeout: 120_000 });
  } else {
    await page.getByTestId('agenda-summary').waitFor({ timeout: 120_000 });
    await page.getByTestId('agenda-line').first().waitFor({ timeout: 120_000 });
    lines = await page.locator('[data-testid="agenda-line"]').count();
  }
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  const wall = performance.now() - start;
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const pageCpu = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  // The accounts an agenda start reads ahead while the page loads (session.ts) count as its work too.
  const ahead = await session.warmedForAgenda();
  await page.close();
  store.close();
  return { wall, handlers: handlerTime, ahead, cpu: handlerCpu + ahead + pageCpu, lines, bytes };
}

export async function benchMondayStart(accounts = 200, people = 50, contacts = 50_000, rounds = 5): Promise<Record<string, string | number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'power-map-start-bench-'));
  const server = await serveRenderer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const dbPath = portfolioDatabase(dir, accounts, people, contacts);
    const samples: Record<Kind, Sample[]> = { list: [], agenda: [] };
    // One of each first, discarded: the renderer's files into the OS's cache, the page's code compiled.
    await startOnce(browser, server.url, dbPath, 'list');
    await startOnce(browser, server.url, dbPath, 'agenda');
    for (let round = 0; round < rounds; round++) {
      const order: Kind[] = round % 2 === 0 ? ['list', 'agenda'] : ['agenda', 'list'];
      for (const kind of order) samples[kind].push(await startOnce(browser, server.url, dbPath, kind));
    }
    const of = (kind: Kind, key: keyof Sample) => samples[kind].map((s) => s[key]);
    const ratio = (key: keyof Sample) => (median(of('agenda', key)) / median(of('list', key))).toFixed(2);
    const row = (kind: Kind, what: string) => ({
      start: what,
      'wall p50 / p95': `${ms(median(of(kind, 'wall')), 0)} / ${ms(percentile(of(kind, 'wall'), 95), 0)}`,
      'handlers p50': ms(median(of(kind, 'handlers')), 0),
      'read ahead, CPU p50': ms(median(of(kind, 'ahead')), 0),
      'CPU p50 (handlers + read ahead + page)': ms(median(of(kind, 'cpu')), 0),
      'agenda lines': kind === 'agenda' ? median(of(kind, 'lines')) : '',
      'across IPC': `${Math.round(median(of(kind, 'bytes')) / 1024)} KB`,
    });
    return [
      row('list', 'the account list (reference)'),
      row('agenda', 'the agenda (start screen)'),
      { start: 'agenda / list', 'wall p50 / p95': ratio('wall'), 'handlers p50': ratio('handlers'), 'read ahead, CPU p50': '', 'CPU p50 (handlers + read ahead + page)': ratio('cpu'), 'agenda lines': '', 'across IPC': '' },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runStartBench(): Promise<void> {
  console.log('\n(c) The Monday-morning start, 200 accounts, 10,000 people, 50,000 logged contacts: the app opened to the agenda drawn vs to the account list (target within 1.2x)');
  table(await benchMondayStart());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [accounts, people, contacts, rounds] = process.argv.slice(2).map(Number);
  if (accounts) table(await benchMondayStart(accounts, people || 50, contacts || accounts * 250, rounds || 5));
  else await runStartBench();
}
