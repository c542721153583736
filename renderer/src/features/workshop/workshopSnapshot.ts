import { automaticSnapshotName } from '../../../../shared/history/snapshot-names';
import type { SnapshotSummary } from '../../../../shared/history/views';
import type { Locale } from '../../../../shared/ipc';
import type { IpcClient } from '../../stores/client';
import type { ClockStore } from '../../stores/clock';
import type { EditorStore } from '../../stores/editor';

/**
 * When a workshop ends, the account as the room left it is kept as a snapshot (issue 12, point 4:
 * "taken automatically when a workshop ends"), named in the user's language with the day, so the
 * next review can compare against it. The workshop's own edits are written first (flush), so the
 * snapshot holds them. Resolves to the snapshot, or null when there was no account or it was refused:
 * the workshop has ended either way, and nothing asks the user to act.
 */
export async function takeWorkshopEndSnapshot(deps: { client: IpcClient; editor: EditorStore; clock: ClockStore; locale: () => Locale }, accountId: string): Promise<SnapshotSummary | null> {
  await deps.editor.getState().flush();
  const day = (await deps.clock.getState().refresh()) ?? deps.clock.getState().today;
  if (day === null) return null;
  const result = await deps.client.call('snapshots.take', { accountId, name: automaticSnapshotName('workshop-end', day, deps.locale()), kind: 'workshop-end' });
  return result.ok ? result.value : null;
}
