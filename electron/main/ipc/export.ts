import { analyze, type AnalysisOptionsInput } from '../../../shared/analysis';
import { compareAccounts } from '../../../shared/history/compare';
import type { DeckChanges } from '../../../node/export/deck-changes';
import { localToday } from '../../../shared/edit/defaults';
import type { ArgsOf, DrawnImage, ExportFormat, Locale } from '../../../shared/ipc';
import { automaticSnapshotName } from '../../../shared/history/snapshot-names';
import { fail, ok } from '../../../shared/model';
import type { AccountData } from '../../../shared/model';
import { ExportCancelled } from '../../../node/export/cancel';
import { renderExport } from '../../../node/export/render';
import type { Store } from '../../../node/db/store';
import { accountNotFound } from './errors';
import { exportFileName } from './exchange';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';

/** The name the save dialog proposes: the account's (or "Portfolio"), with the format's extension. */
function proposedName(accounts: readonly AccountData[], format: ExportFormat): string {
  const base = accounts.length === 1 ? accounts[0]!.account.name : 'Portfolio';
  return exportFileName(base).replace(/\.powermap$/, `.${format}`);
}

/**
 * The deck's "What changed since" slide for one account: against its latest snapshot taken by the user or
 * at a workshop's end (else the latest of any kind), each side analysed as of its own day; none without one.
 */
function changesSinceSnapshot(store: Store, data: AccountData, today: string, thresholds: Omit<AnalysisOptionsInput, 'today'>): DeckChanges | null {
  const list = store.snapshots(data.account.id);
  const chosen = list.find((s) => s.kind === 'user' || s.kind === 'workshop-end') ?? list[0];
  const snapshot = chosen ? store.snapshot(chosen.id) : null;
  if (!chosen || !snapshot) return null;
  const diff = compareAccounts(snapshot.data, data, { ...thresholds, today: chosen.day }, { ...thresholds, today });
  return { since: { name: chosen.name, day: chosen.day }, before: snapshot.data, diff };
}

/**
 * A deck exported is a moment worth comparing with later (issue 12): each account in it gets a
 * 'deck-export' snapshot. The deck is written either way; a snapshot that cannot be taken is skipped.
 */
function snapshotExportedAccounts(store: Store, accounts: readonly AccountData[], today: string, locale: Locale): void {
  for (const { account } of accounts) {
    try {
      store.takeSnapshot(account.id, automaticSnapshotName('deck-export', today, locale), 'deck-export');
    } catch {
      // a read-only database, or the account deleted meanwhile: the export itself succeeded
    }
  }
}

/** One export, from the accounts to the file; stops at its next step once `signal` is aborted. */
async function saveExport(store: Store, ports: DesktopPorts, request: ArgsOf<'export.save'>, signal: AbortSignal) {
  const { jobId, accountIds, format, scale, transparent, editable, includePrivate, locale, changesSince } = request;
  const accounts: AccountData[] = [];
  for (const id of accountIds) {
    const data = store.openAccount(id);
    if (!data) return accountNotFound(id);
    accounts.push(data);
  }
  if (accounts.length > 1 && format !== 'pptx') return fail('invalid-payload', `Only a PPTX deck can hold several accounts; ${format.toUpperCase()} draws one.`);
  const target = await ports.chooseSavePath(proposedName(accounts, format), format);
  if (target === null) return fail('cancelled', 'Export cancelled.');
  const today = ports.today?.() ?? localToday();
  const thresholds = store.getSettings().analysis;
  let image: DrawnImage | undefined;
  try {
    const bytes = await renderExport(
      accounts.map((data) => {
        const changes = format === 'pptx' && changesSince === true ? changesSinceSnapshot(store, data, today, thresholds) : null;
        // The plan flags people with open actions in every drawing, and ends a deck with its Plan slide.
        return { data, analysis: analyze(data, { today, ...thresholds }), ...(changes ? { changes } : {}), plan: store.planOf(data.account.id) };
      }),
      {
        format,
        locale,
        scale: scale ?? 2,
        transparent: transparent ?? false,
        editable: editable ?? false,
        includePrivate: includePrivate ?? false,
        today,
        signal,
        onPngDrawn(drawn) {
          image = drawn;
        },
        onProgress(done, total) {
          if (signal.aborted) throw new ExportCancelled();
          ports.exportProgress?.({ jobId, done, total });
        },
      },
    );
    if (signal.aborted) return fail('cancelled', 'Export cancelled.');
    const written = await writeFileAtomic(target, bytes);
    if (!written.ok) return written;
    if (format === 'pptx') snapshotExportedAccounts(store, accounts, today, locale);
    return ok(image ? { path: target, image } : { path: target });
  } catch (error) {
    if (error instanceof ExportCancelled) return fail('cancelled', 'Export cancelled.');
    return fail('io', `Could not export: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function exportHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'export'> {
  // One controller per running job: export.cancel aborts it, and the export stops at its next step
  // (the export awaits between steps, so the main process handles the cancel while it runs).
  const jobs = new Map<string, AbortController>();
  return {
    'export.save': async (request) => {
      const job = new AbortController();
      jobs.set(request.jobId, job);
      try {
        return await saveExport(store, ports, request, job.signal);
      } finally {
        if (jobs.get(request.jobId) === job) jobs.delete(request.jobId);
      }
    },
    'export.cancel': async ({ jobId }) => {
      jobs.get(jobId)?.abort();
      return ok({ cancelled: true });
    },
  };
}
