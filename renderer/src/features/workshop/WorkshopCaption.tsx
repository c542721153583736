import { useTranslation } from 'react-i18next';
import type { Analysis, AnalysisLocale } from '../../../../shared/analysis';
import { adviseFinding, explainFinding, findingTitle } from '../../../../shared/analysis';
import type { AccountData } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { useAnalysis } from '../findings/analysisService';
import { SEVERITY_ICON } from '../findings/present';
import { bestCoversStrength } from '../panel/relations';
import type { StepSubject } from './steps';
import { findingsInOrder } from './steps';
import { WorkshopPlan } from './WorkshopPlan';

interface CaptionProps {
  subject: StepSubject;
  data: AccountData;
}

function LayerCaption({ subject, analysis }: { subject: Extract<StepSubject, { kind: 'layer' }>; analysis: Analysis | null }) {
  const { t } = useTranslation();
  const status = analysis?.layerCoverage.find((entry) => entry.layer === subject.layer)?.status;
  return (
    <>
      <div className="ws-caption-head">
        <Icon name="layers" size={22} />
        <h2>{t(`enums.layer.${subject.layer}`)}</h2>
        {status ? <span className={`ws-chip ws-chip-${status}`}>{t(`findings.layerStatus.${status}`)}</span> : null}
      </div>
      <p className="ws-caption-body">{t(`enums.layerGuidance.${subject.layer}`)}</p>
      <p className="ws-caption-meta">{subject.peopleIds.length === 0 ? t('workshop.layerEmpty') : t('workshop.layerPeople', { count: subject.peopleIds.length })}</p>
    </>
  );
}

/** Only what a room may see: name, title, roles, attitude, weight and coverage; never the private fields. */
function PersonCaption({ personId, data }: { personId: string; data: AccountData }) {
  const { t } = useTranslation();
  const person = data.people.find((p) => p.id === personId);
  if (!person) return null;
  const best = bestCoversStrength(data, person.id);
  const subtitle = [person.title, person.department].filter(Boolean).join(' · ');
  return (
    <>
      <div className="ws-caption-head">
        <Icon name="person" size={22} />
        <h2>{person.name}</h2>
        <span className="ws-chip">{t(`enums.layer.${person.layer}`)}</span>
      </div>
      {subtitle ? <p className="ws-caption-body">{subtitle}</p> : null}
      <p className="ws-caption-meta">
        {[...person.roles.map((role) => t(`enums.role.${role}`)), t(`enums.attitude.${person.attitude}`), t('workshop.influence', { value: person.influence })].join(' · ')}
      </p>
      <p className="ws-caption-meta">{best !== null && best > 0 ? t('workshop.covered', { strength: t(`enums.coversStrength.${best}`) }) : t('workshop.notCovered')}</p>
    </>
  );
}

function FindingCaption({ subject, data, analysis }: { subject: Extract<StepSubject, { kind: 'finding' }>; data: AccountData; analysis: Analysis | null }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale) as AnalysisLocale;
  const { finding } = subject;
  const all = findingsInOrder(analysis);
  const position = all.findIndex((f) => f.key === finding.key) + 1;
  const advice = adviseFinding(finding, data, locale);
  return (
    <>
      <div className="ws-caption-head">
        <span className={`ws-severity ws-severity-${finding.severity}`}>
          <Icon name={SEVERITY_ICON[finding.severity]} size={20} />
          {t(`findings.severity.${finding.severity}`)}
        </span>
        <h2>{findingTitle(finding.code, locale)}</h2>
      </div>
      <p className="ws-caption-body">{explainFinding(finding, data, locale)}</p>
      {advice ? (
        <p className="ws-caption-advice">
          <strong>{t('workshop.whatToDo')}</strong> {advice}
        </p>
      ) : null}
      <p className="ws-caption-meta">{t('workshop.findingOf', { current: position, total: all.length })}</p>
    </>
  );
}

/** What the current step is about, in type a room can read: a layer, a person, a finding or the plan. */
export function WorkshopCaption({ subject, data }: CaptionProps) {
  const analysis = useAnalysis((state) => state.analysis);
  if (subject.kind === 'overview') return null;
  return (
    <aside className={`ws-caption${subject.kind === 'plan' ? ' ws-caption-plan' : ''}`} data-testid={TID.workshopCaption} data-kind={subject.kind} aria-live="polite">
      {subject.kind === 'layer' ? <LayerCaption subject={subject} analysis={analysis} /> : null}
      {subject.kind === 'person' ? <PersonCaption personId={subject.personId} data={data} /> : null}
      {subject.kind === 'finding' ? <FindingCaption subject={subject} data={data} analysis={analysis} /> : null}
      {subject.kind === 'plan' ? <WorkshopPlan data={data} /> : null}
    </aside>
  );
}
