import { analyze } from '../../../shared/analysis';
import { localToday } from '../../../shared/edit/defaults';
import type { ExportFormat } from '../../../shared/ipc';
import { fail, ok } from '../../../shared/model';
import type { AccountData } from '../../../shared/model';
import { renderExport } from '../../export/render';
import type { Store } from '../../db/store';
import { accountNotFound } from './errors';
import { exportFileName } from './exchange';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';
import { writeFileAtomic } from './write-file-atomic';

class Cancelled extends Error {}

/** The name the save dialog proposes: the account's (or "Portfolio"), with the format's extension. */
function proposedName(accounts: readonly AccountData[], format: ExportFormat): string {
  const base = accounts.length === 1 ? accounts[0]!.account.name : 'Portfolio';
  return exportFileName(base).replace(/\.powermap$/, `.${format}`);
}

export function exportHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'export'> {
  const cancelled = new Set<string>();
  return {
    'export.save': async ({ jobId, accountIds, format, scale, transparent, editable, includePrivate, locale }) => {
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
      try {
        const bytes = await renderExport(
          accounts.map((data) => ({ data, analysis: analyze(data, { today, ...thresholds }) })),
          {
            format,
            locale,
            scale: scale ?? 2,
            transparent: transparent ?? false,
            editable: editable ?? false,
            includePrivate: includePrivate ?? false,
            today,
            onProgress(done, total) {
              if (cancelled.has(jobId)) throw new Cancelled();
              ports.exportProgress?.({ jobId, done, total });
            },
          },
        );
        if (cancelled.has(jobId)) return fail('cancelled', 'Export cancelled.');
        const written = await writeFileAtomic(target, bytes);
        return written.ok ? ok({ path: target }) : written;
      } catch (error) {
        if (error instanceof Cancelled) return fail('cancelled', 'Export cancelled.');
        return fail('io', `Could not export: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        cancelled.delete(jobId);
      }
    },
    'export.cancel': async ({ jobId }) => {
      cancelled.add(jobId);
      return ok({ cancelled: true });
    },
  };
}
