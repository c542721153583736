import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateAction, ImportPreview, ImportProblem, PreviewRow } from '../../../../shared/import/types';
import { DUPLICATE_ACTIONS } from '../../../../shared/import/types';
import type { Layer } from '../../../../shared/model';
import { LAYERS } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import type { ImportPicks } from './importChoices';
import { importDialogStore } from './importDialogStore';
import { ChoiceSelect, ProblemLines } from './parts';

/** Rows drawn at once; a larger file shows its problem rows and the first rows, and says how many more. */
export const SHOWN_ROWS = 300;

function groupProblems(problems: readonly ImportProblem[]): Map<number, ImportProblem[]> {
  const byRow = new Map<number, ImportProblem[]>();
  for (const problem of problems) byRow.set(problem.rowIndex, [...(byRow.get(problem.rowIndex) ?? []), problem]);
  return byRow;
}

/** A layer suggested from the title and not yet taken (a layer from the file, chosen by hand or kept from the map wins). */
function isPendingSuggestion(row: PreviewRow): boolean {
  return row.suggestedLayer !== null && !row.suggestionAccepted && row.layerOrigin === 'fallback';
}

function LayerCell({ row }: { row: PreviewRow }) {
  const { t } = useTranslation();
  const store = importDialogStore.getState();
  const out = row.action === 'skip' || row.action === 'merged';
  const pending = !out && isPendingSuggestion(row);
  const shown: Layer = pending ? row.suggestedLayer! : row.layer;
  return (
    <div className={`im-layer${pending ? ' im-layer-suggested' : ''}`} data-testid="import-row-layer" data-layer={row.layer} data-origin={row.layerOrigin} data-suggested={pending ? row.suggestedLayer! : undefined}>
      <ChoiceSelect
        values={LAYERS}
        value={shown}
        labelKey="enums.layer"
        label={t('import.review.layerCol') + ': ' + row.name}
        disabled={out}
        onChange={(layer) => void store.setRowLayer(row.rowIndex, layer)}
      />
      {pending ? (
        <>
          <span className="im-badge im-badge-suggested">{t('import.review.suggested')}</span>
          <button type="button" className="btn btn-small" data-testid="import-accept-one" onClick={() => void store.acceptSuggestion(row.rowIndex)}>
            <Icon name="check" size={12} />
            {t('import.review.accept')}
          </button>
        </>
      ) : (
        <span className="im-origin muted">{t(`import.layerOrigin.${row.layerOrigin}`)}</span>
      )}
    </div>
  );
}

function ActionCell({ row, picks }: { row: PreviewRow; picks: ImportPicks }) {
  const { t } = useTranslation();
  if (row.action === 'merged' && row.mergedInto !== null) {
    return <span className="im-action im-action-merged">{t('import.action.merged')}</span>;
  }
  if (!row.match) {
    return <span className={`im-action im-action-${row.action}`}>{t(`import.action.${row.action}`)}</span>;
  }
  const matchOf = t('import.review.matchOf', { name: row.match.name, by: t(`import.review.matchedBy.${row.match.by}`) });
  const value: DuplicateAction = picks.duplicateOverrides[row.rowIndex] ?? (row.action === 'merged' ? picks.onDuplicate : (row.action as DuplicateAction));
  return (
    <div className="im-match">
      <ChoiceSelect
        values={DUPLICATE_ACTIONS}
        value={value}
        labelKey="import.duplicate"
        testId="import-row-duplicate"
        label={matchOf}
        onChange={(action) => void importDialogStore.getState().setRowDuplicate(row.rowIndex, action)}
      />
      <span className="im-match-of muted">{matchOf}</span>
    </div>
  );
}

function Controls({ preview, picks }: { preview: ImportPreview; picks: ImportPicks }) {
  const { t } = useTranslation();
  const store = importDialogStore.getState();
  const matches = preview.rows.filter((row) => row.match !== null).length;
  const allAccepted = picks.acceptAllSuggestions || (preview.suggestions > 0 && !preview.rows.some(isPendingSuggestion));
  return (
    <div className="im-controls">
      <div className="im-control">
        <span className="im-control-text">{t('import.review.suggestions', { count: preview.suggestions })}</span>
        <button
          type="button"
          className="btn btn-small"
          data-testid="import-accept-all"
          disabled={preview.suggestions === 0 || allAccepted}
          onClick={() => void store.choose({ acceptAllSuggestions: true })}
        >
          <Icon name="check" size={12} />
          {allAccepted && preview.suggestions > 0 ? t('import.review.acceptAllDone') : t('import.review.acceptAll')}
        </button>
      </div>
      <label className="im-control">
        <span className="im-control-text">{t('import.review.fallback')}</span>
        <select className="input select" data-testid="import-fallback-layer" value={picks.fallbackLayer} onChange={(event) => void store.choose({ fallbackLayer: event.target.value as Layer })}>
          {LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              {t(`enums.layer.${layer}`)}
            </option>
          ))}
        </select>
      </label>
      {matches > 0 ? (
        <label className="im-control">
          <span className="im-control-text">{t('import.review.matches', { count: matches })}</span>
          <ChoiceSelect values={DUPLICATE_ACTIONS} value={picks.onDuplicate} labelKey="import.duplicate" testId="import-on-duplicate" onChange={(action) => void store.choose({ onDuplicate: action, duplicateOverrides: {} })} />
        </label>
      ) : null}
    </div>
  );
}

/** The third step: every row as it will land, its problems on it, the layers suggested from titles, and each match's choice. */
export function ReviewStep({ preview, picks }: { preview: ImportPreview; picks: ImportPicks }) {
  const { t } = useTranslation();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const byRow = useMemo(() => groupProblems(preview.problems), [preview.problems]);
  const { counts } = preview;
  const candidates = onlyProblems ? preview.rows.filter((row) => byRow.has(row.rowIndex)) : preview.rows;
  const rows = candidates.slice(0, SHOWN_ROWS);
  const hidden = candidates.length - rows.length;

  return (
    <div className="im-review">
      <Controls preview={preview} picks={picks} />
      <div className="im-counts" data-testid="import-counts" data-added={counts.added} data-updated={counts.updated} data-skipped={counts.skipped} data-merged={counts.merged}>
        <span>{t('import.review.counts', { added: counts.added, updated: counts.updated, skipped: counts.skipped, merged: counts.merged })}</span>
        <span className="muted">{t('import.review.links', { reportsTo: counts.reportsToLinks, covers: counts.coversLinks, team: counts.teamAdded })}</span>
        <label className="im-only-problems">
          <input type="checkbox" checked={onlyProblems} disabled={preview.problems.length === 0} onChange={(event) => setOnlyProblems(event.target.checked)} />
          <span>{preview.problems.length > 0 ? `${t('import.review.showOnlyProblems')} (${t('import.review.problems', { count: preview.problems.length })})` : t('import.review.noProblems')}</span>
        </label>
      </div>
      <div className="im-table-wrap im-preview-wrap">
        <table className="im-table im-preview" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col" className="im-num">
                {t('import.review.rowCol')}
              </th>
              <th scope="col">{t('import.review.nameCol')}</th>
              <th scope="col">{t('import.review.titleCol')}</th>
              <th scope="col">{t('import.review.layerCol')}</th>
              <th scope="col">{t('import.review.linksCol')}</th>
              <th scope="col">{t('import.review.actionCol')}</th>
              <th scope="col">{t('import.review.problemsCol')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const problems = byRow.get(row.rowIndex) ?? [];
              return (
                <tr key={row.rowIndex} data-testid="import-preview-row" data-row={row.row} data-name={row.name} data-action={row.action} className={row.action === 'skip' || row.action === 'merged' ? 'im-row-out' : undefined}>
                  <td className="im-num">{row.row}</td>
                  <td className="im-name">
                    {row.name || <span className="muted">—</span>}
                    {row.department ? <span className="im-sub">{row.department}</span> : null}
                  </td>
                  <td className="im-title">{row.title}</td>
                  <td>
                    <LayerCell row={row} />
                  </td>
                  <td className="im-links">
                    {row.reportsTo ? <span>{t('import.review.reportsTo', { name: row.reportsTo })}</span> : null}
                    {row.ownerName ? <span>{t('import.review.owner', { name: row.ownerName })}</span> : null}
                  </td>
                  <td>
                    <ActionCell row={row} picks={picks} />
                  </td>
                  <td className="im-problems">
                    {row.mergedInto !== null ? <p className="im-problem-line">{t('import.review.mergedInto', { row: preview.rows[row.mergedInto]?.row ?? row.mergedInto + 1 })}</p> : null}
                    {/* A merged row says which row it joins; the core's duplicate-in-file problem says the same. */}
                    <ProblemLines problems={row.mergedInto !== null ? problems.filter((problem) => problem.code !== 'duplicate-in-file') : problems} testId="import-problem" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {hidden > 0 ? <p className="im-more muted">{t('import.review.moreRows', { count: hidden })}</p> : null}
      </div>
      {counts.added + counts.updated === 0 ? (
        <p className="im-warning" role="status">
          <Icon name="alert" size={14} />
          {t('import.review.nothingToImport')}
        </p>
      ) : null}
    </div>
  );
}
