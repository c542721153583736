import { useTranslation } from 'react-i18next';
import type { Encoding, ImportSource } from '../../../../shared/import/types';
import { ENCODINGS, FIELD_TARGETS } from '../../../../shared/import/types';
import { Icon } from '../../ui/icons';
import type { ImportPicks } from './importChoices';
import { mapsAName, sampleValues } from './importChoices';
import { importDialogStore } from './importDialogStore';
import { ChoiceSelect } from './parts';

const DELIMITER_KEYS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The rows a header may be in: the first ten, the one found, or none. */
function headerRowChoices(found: number): number[] {
  return [...new Set([0, ...Array.from({ length: 10 }, (_, i) => i + 1), found])].sort((a, b) => a - b);
}

/** Where the table was found: the file, its encoding (always shown, changeable), sheet, header and title rows. */
function SourceFacts({ source }: { source: ImportSource }) {
  const { t } = useTranslation();
  const store = importDialogStore.getState();
  const { table } = source;
  const encodings = source.encodingCandidates.length > 0 ? [...new Set([source.encoding, ...source.encodingCandidates, ...ENCODINGS])] : ENCODINGS;
  return (
    <div className="im-facts" data-testid="import-facts">
      <span className="im-file" title={source.fileName}>
        <Icon name={source.kind === 'paste' ? 'legend' : 'importFile'} size={14} />
        {source.fileName || t('import.pasted')}
      </span>
      {source.kind === 'xlsx' && source.sheets.length > 0 ? (
        <label className="im-fact">
          <span>{t('import.file.sheet')}</span>
          <select className="input select" data-testid="import-sheet" value={source.sheet ?? ''} onChange={(event) => void store.reread({ sheet: event.target.value })}>
            {source.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {source.encoding ? (
        <label className="im-fact" title={t('import.file.encodingHint')}>
          <span>{t('import.file.encoding')}</span>
          <select className="input select" data-testid="import-encoding" value={source.encoding} onChange={(event) => void store.reread({ encoding: event.target.value as Encoding })}>
            {encodings.filter((encoding): encoding is Encoding => encoding !== null).map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`import.encodings.${encoding}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {source.delimiter && source.kind !== 'paste' ? (
        <span className="im-fact muted">
          {t('import.file.delimiter')}: {t(`import.delimiters.${DELIMITER_KEYS[source.delimiter] ?? 'comma'}`)}
        </span>
      ) : null}
      <label className="im-fact" title={t('import.file.headerHint')}>
        <span>{t('import.file.header')}</span>
        <select className="input select" data-testid="import-header-select" value={table.headerRow} onChange={(event) => void store.reread({ headerRow: Number(event.target.value) })}>
          {headerRowChoices(table.headerRow).map((row) => (
            <option key={row} value={row}>
              {row === 0 ? t('import.file.noHeaderRow') : t('import.file.rowN', { row })}
            </option>
          ))}
        </select>
      </label>
      {table.headerRow === 0 || table.headerRowCount > 1 ? (
        <span className="im-fact muted" data-testid="import-header-row">
          {table.headerRow === 0 ? t('import.file.noHeader') : t('import.file.headerRows', { from: table.headerRow, to: table.headerRow + table.headerRowCount - 1 })}
        </span>
      ) : null}
      <span className="im-fact muted">{t('import.file.rows', { count: table.rows.length })}</span>
      {table.titleRows.length > 0 ? (
        <p className="im-title-row" data-testid="import-title-row">
          {t('import.file.titleSkipped', { text: table.titleRows.join(' · ') })}
        </p>
      ) : null}
    </div>
  );
}

/** The second step: every column of the file and the person field it becomes. */
export function ColumnsStep({ source, picks }: { source: ImportSource; picks: ImportPicks }) {
  const { t } = useTranslation();
  const store = importDialogStore.getState();
  const { headers, rows } = source.table;
  const targets = [...FIELD_TARGETS.filter((target) => target !== 'ignore'), 'ignore' as const];
  return (
    <div className="im-columns">
      <SourceFacts source={source} />
      <p className="im-intro">{source.mappingRemembered ? t('import.mapping.remembered') : t('import.mapping.intro')}</p>
      <div className="im-table-wrap">
        <table className="im-table im-mapping" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.sample')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, index) => {
              const target = picks.mapping[index] ?? 'ignore';
              const samples = sampleValues(rows, index);
              return (
                <tr key={index} className={target === 'ignore' ? 'im-ignored' : undefined} data-testid="import-mapping-row" data-column={header}>
                  <th scope="row" className="im-header-cell">
                    {header || `#${index + 1}`}
                  </th>
                  <td className="im-samples">{samples.length > 0 ? samples.join(' · ') : <span className="muted">{t('import.mapping.empty')}</span>}</td>
                  <td>
                    <ChoiceSelect
                      values={targets}
                      value={target}
                      labelKey="import.fields"
                      testId="import-mapping-target"
                      label={t('import.mapping.field') + ': ' + (header || `#${index + 1}`)}
                      onChange={(picked) => store.remap(index, picked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {mapsAName(picks.mapping) ? null : (
        <p className="im-warning" role="status" data-testid="import-no-name">
          <Icon name="alert" size={14} />
          {t('import.mapping.noName')}
        </p>
      )}
    </div>
  );
}
