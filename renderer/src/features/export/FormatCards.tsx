import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import type { DialogFormat, ExportRequest } from './exportChoices';
import { DIALOG_FORMATS, isDeckOnly, unavailableReason } from './exportChoices';
import { FormatGlyph } from './FormatGlyph';

const EXTENSION: Record<DialogFormat, string> = { pptx: '.pptx', png: '.png', svg: '.svg', pdf: '.pdf', powermap: '.powermap' };

interface FormatCardProps {
  format: DialogFormat;
  selected: boolean;
  disabled: boolean;
  name: string;
  onPick(format: DialogFormat): void;
}

/** One format as a large card: a picture, its name and extension, and what it is good for. */
function FormatCard({ format, selected, disabled, name, onPick }: FormatCardProps) {
  const { t } = useTranslation();
  return (
    <label className={`xp-format${selected ? ' xp-format-on' : ''}${disabled ? ' xp-format-off' : ''}${format === 'powermap' ? ' xp-format-file' : ''}`}>
      <input className="covering-input" type="radio" name={name} value={format} checked={selected} disabled={disabled} data-testid={TID.exportFormat} onChange={() => onPick(format)} />
      <span className="xp-format-glyph">
        <FormatGlyph format={format} />
      </span>
      <span className="xp-format-text">
        <span className="xp-format-name">
          {t(`exportDialog.format.${format}`)}
          <span className="xp-format-ext">{EXTENSION[format]}</span>
        </span>
        <span className="xp-format-hint">{t(`exportDialog.formatHint.${format}`)}</span>
      </span>
    </label>
  );
}

interface FormatCardsProps {
  request: ExportRequest;
  format: DialogFormat;
  onPick(format: DialogFormat): void;
}

/** The formats as one radio group; the account file sits apart, since it is for Power Map, not a meeting. */
export function FormatCards({ request, format, onPick }: FormatCardsProps) {
  const { t } = useTranslation();
  const name = useId();
  const deckOnly = isDeckOnly(request);
  const mapFormats = DIALOG_FORMATS.filter((f) => f !== 'powermap');
  const card = (f: DialogFormat) => <FormatCard key={f} format={f} selected={f === format} disabled={unavailableReason(f, request) !== null} name={name} onPick={onPick} />;
  return (
    <fieldset className="xp-section">
      <legend className="xp-section-label">{t('exportDialog.formatLabel')}</legend>
      <div className="xp-formats">{mapFormats.map(card)}</div>
      {deckOnly ? (
        <p className="xp-note">{t('exportDialog.deckOnly')}</p>
      ) : (
        <div className="xp-formats xp-formats-file">{card('powermap')}</div>
      )}
    </fieldset>
  );
}
