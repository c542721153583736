import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/model';
import { personSchema } from '../../../../shared/model';
import { TextField } from '../../ui/fields';
import { fieldProblem } from '../../ui/validate';
import { useAnalysis } from '../findings/analysisService';
import { patchPerson } from './actions';

type RecordTextKey = 'email' | 'phone' | 'source';

/** One of a person's record fields (e-mail, phone, source), checked by the schema and saved on commit. */
export function PersonRecordText({ person, field, wide, placeholder }: { person: Person; field: RecordTextKey; wide?: boolean; placeholder?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      name={field}
      label={t(`personRecord.${field}`)}
      wide={wide}
      placeholder={placeholder}
      value={person[field]}
      validate={(value) => fieldProblem(personSchema.shape[field], value, t)}
      onCommit={(value) => patchPerson(person.id, { [field]: value })}
    />
  );
}

/**
 * When the person's facts were last confirmed, and one click to confirm them today: a map that is not
 * re-verified goes stale (rule 11). "Today" is the analysis clock, the same day the findings count from.
 */
export function VerifiedRow({ person }: { person: Person }) {
  const { t } = useTranslation();
  const today = useAnalysis((state) => state.today);
  const verifiedToday = today === null || person.verifiedOn === today;
  return (
    <div className="field panel-verified">
      <span className="field-label">{t('personRecord.verifiedOn')}</span>
      <div className="panel-verified-row">
        <span data-testid="person-verified-on">{person.verifiedOn ?? t('personRecord.verifiedNever')}</span>
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="person-verify-today"
          disabled={verifiedToday}
          title={t('personRecord.verifyTodayHint')}
          onClick={() => today && patchPerson(person.id, { verifiedOn: today })}
        >
          {t('personRecord.verifyToday')}
        </button>
      </div>
    </div>
  );
}
