import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { useEditor } from '../../app/services';
import { TID } from '../../app/testids';
import { AccountOverview } from './AccountOverview';
import { CompetitorInspector } from './CompetitorInspector';
import type { SelectedKind } from './counts';
import { selectedKind } from './counts';
import { LinkInspector } from './LinkInspector';
import { MultiInspector } from './MultiInspector';
import { PersonInspector } from './PersonInspector';
import { ReadOnlyInWorkshop } from './ReadOnlyInWorkshop';
import { TeamInspector } from './TeamInspector';
import './panel.css';

const HEADING: Record<SelectedKind, string> = {
  account: 'panel.accountHeading',
  person: 'person.heading',
  team: 'team.heading',
  competitor: 'panel.competitorHeading',
  link: 'link.heading',
  multi: 'panel.selectionHeading',
};

/**
 * Each inspector is keyed by its element's id: selecting another element starts with fresh fields,
 * and a draft typed into the previous one is saved first (on blur, or as its field unmounts).
 */
function Inspector({ data, selection }: { data: AccountData; selection: readonly string[] }) {
  if (selection.length > 1) return <MultiInspector data={data} selection={selection} />;
  const id = selection[0];
  const person = data.people.find((item) => item.id === id);
  if (person) return <PersonInspector key={person.id} data={data} person={person} />;
  const member = data.team.find((item) => item.id === id);
  if (member) return <TeamInspector key={member.id} data={data} member={member} />;
  const competitor = data.competitors.find((item) => item.id === id);
  if (competitor) return <CompetitorInspector key={competitor.id} data={data} competitor={competitor} />;
  const link = data.links.find((item) => item.id === id);
  if (link) return <LinkInspector key={link.id} data={data} link={link} />;
  return <AccountOverview key={data.account.id} data={data} />;
}

/**
 * The inspector on the right: the account's team and competitors when nothing is selected, the
 * selected element's fields otherwise. It reads the editor store and changes data only through
 * edits, so undo, redo and the map stay in step with it. It is its own scroll container, filling
 * whatever holds it.
 */
export function SidePanel() {
  const { t } = useTranslation();
  const data = useEditor((state) => state.data);
  const selection = useEditor((state) => state.selection);
  const kind = data ? selectedKind(data, selection) : 'account';

  return (
    <aside className="side-panel" data-testid={TID.sidePanel} data-kind={kind} aria-label={t(HEADING[kind])} aria-busy={data ? undefined : true}>
      {data ? (
        <ReadOnlyInWorkshop>
          <Inspector data={data} selection={selection} />
        </ReadOnlyInWorkshop>
      ) : null}
    </aside>
  );
}
