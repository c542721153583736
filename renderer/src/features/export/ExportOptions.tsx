import { useTranslation } from 'react-i18next';
import { PNG_PIXEL_BUDGET } from '../../../../shared/ipc';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import type { DialogFormat, ExportChoices } from './exportChoices';
import { BACKGROUNDS, MAP_STYLES, optionsFor, SCALES } from './exportChoices';
import { Segmented } from './Segmented';

interface ExportOptionsProps {
  format: DialogFormat;
  choices: ExportChoices;
  onChange(patch: Partial<ExportChoices>): void;
}

/** The include-private box and the line under it that says, before the click, what the file will hold. */
function PrivateFields({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div className="xp-private">
      <label className="xp-checkbox">
        <input type="checkbox" checked={checked} data-testid={TID.exportIncludePrivate} onChange={(event) => onChange(event.target.checked)} />
        <span>{t('exportDialog.includePrivate')}</span>
      </label>
      <p className={`xp-private-note${checked ? ' xp-private-warn' : ''}`} data-testid={TID.exportPrivateNote} data-tone={checked ? 'warning' : 'safe'} role={checked ? 'alert' : undefined}>
        <Icon name={checked ? 'alert' : 'lock'} size={14} />
        <span>{t(checked ? 'exportDialog.privateWarning' : 'exportDialog.privateLeftOut')}</span>
      </p>
    </div>
  );
}

/** Only the options that mean something for the chosen format, so nothing on screen is a no-op. */
export function ExportOptions({ format, choices, onChange }: ExportOptionsProps) {
  const { t } = useTranslation();
  const applies = optionsFor(format);
  const picture = format === 'png' || format === 'svg' || format === 'pdf';
  if (format === 'powermap') return null;
  return (
    <div className="xp-section xp-options">
      {applies.scale ? (
        <Segmented
          label={t('exportDialog.scaleLabel')}
          value={choices.scale}
          options={SCALES.map((scale) => ({ value: scale, label: `${scale}×` }))}
          onChange={(scale) => onChange({ scale })}
          testId={TID.exportScale}
          hint={t('exportDialog.scaleHint', { megapixels: PNG_PIXEL_BUDGET / 1_000_000 })}
        />
      ) : null}
      {applies.background ? (
        <Segmented
          label={t('exportDialog.backgroundLabel')}
          value={choices.background}
          options={BACKGROUNDS.map((background) => ({ value: background, label: t(`exportDialog.background.${background}`) }))}
          onChange={(background) => onChange({ background })}
          testId={TID.exportBackground}
        />
      ) : null}
      {applies.mapStyle ? (
        <Segmented
          label={t('exportDialog.mapStyleLabel')}
          value={choices.mapStyle}
          options={MAP_STYLES.map((style) => ({ value: style, label: t(`exportDialog.mapStyle.${style}`) }))}
          onChange={(mapStyle) => onChange({ mapStyle })}
          testId={TID.exportMapStyle}
          hint={t(`exportDialog.mapStyleHint.${choices.mapStyle}`)}
        />
      ) : null}
      {applies.changesSince ? (
        <label className="xp-checkbox">
          <input type="checkbox" checked={choices.changesSince} data-testid="export-changes-since" onChange={(event) => onChange({ changesSince: event.target.checked })} />
          <span>{t('historyViews.deckChangesSince')}</span>
        </label>
      ) : null}
      {applies.includePrivate ? <PrivateFields checked={choices.includePrivate} onChange={(includePrivate) => onChange({ includePrivate })} /> : null}
      {picture ? (
        <p className="xp-private-note" data-testid={TID.exportPrivateNote} data-tone="safe">
          <Icon name="lock" size={14} />
          <span>{t('exportDialog.privateNever')}</span>
        </p>
      ) : null}
    </div>
  );
}
