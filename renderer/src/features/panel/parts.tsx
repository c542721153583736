import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Attitude, LinkKind } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { TextField } from '../../ui/fields';
import type { IconName } from '../../ui/icons';
import { Icon } from '../../ui/icons';
import { fieldProblem } from '../../ui/validate';
import { initialsOf } from './format';
import { useEditsLocked } from '../workshop/workshopStore';

/** The top of an inspector: what kind of thing it is, then its (usually editable) name. */
export function InspectorHeader({ icon, kind, children, aside }: { icon: IconName; kind: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <header className="panel-header">
      <div className="panel-eyebrow">
        <Icon name={icon} size={14} />
        <span>{kind}</span>
        {aside ? <span className="panel-eyebrow-aside">{aside}</span> : null}
      </div>
      {children}
    </header>
  );
}

interface NameHeaderProps {
  icon: IconName;
  kind: string;
  /** the name field's accessible label (it has no visible one) */
  label: string;
  value: string;
  schema: z.ZodType;
  onCommit(name: string): void;
  aside?: ReactNode;
  children?: ReactNode;
  /** takes the cursor with the name selected, so typing replaces it (someone just added) */
  autoFocus?: boolean;
}

/** An inspector's header whose title is the element's name, editable in place and checked by its schema. */
export function NameHeader({ icon, kind, label, value, schema, onCommit, aside, children, autoFocus }: NameHeaderProps) {
  const { t } = useTranslation();
  return (
    <InspectorHeader icon={icon} kind={kind} aside={aside}>
      <TextField
        name="name"
        label={label}
        hideLabel
        className="panel-title-input"
        autoFocus={autoFocus}
        value={value}
        validate={(name) => fieldProblem(schema, name, t)}
        onCommit={onCommit}
      />
      {children}
    </InspectorHeader>
  );
}

/** A titled group of fields; `grid` lays short fields out two to a row. */
export function Section({ title, children, grid = true, icon, count }: { title?: string; children: ReactNode; grid?: boolean; icon?: IconName; count?: number }) {
  return (
    <section className="panel-section">
      {title ? (
        <h3 className="panel-section-title">
          {icon ? <Icon name={icon} size={13} /> : null}
          <span>{title}</span>
          {count !== undefined ? <span className="panel-count tone-neutral">{count}</span> : null}
        </h3>
      ) : null}
      <div className={grid ? 'panel-grid' : 'panel-stack'}>{children}</div>
    </section>
  );
}

/** A field that takes a whole row of a grid section (fields.tsx gives only text fields a `wide`). */
export function Wide({ children }: { children: ReactNode }) {
  return <div className="panel-span">{children}</div>;
}

/** The red button at the end of an inspector. */
export function DeleteButton({ label, onClick, testId = TID.panelDelete }: { label: string; onClick(): void; testId?: string }) {
  // A room watching a workshop is not shown delete buttons (the panel is read-only there until Edit).
  if (useEditsLocked()) return null;
  return (
    <div className="panel-footer">
      <button type="button" className="btn btn-danger-outline" data-testid={testId} onClick={onClick}>
        <Icon name="trash" size={14} />
        <span>{label}</span>
      </button>
    </div>
  );
}

/** Strength as filled bars out of the kind's maximum, with the number for those who read numbers. */
export function StrengthMeter({ value, max, label }: { value: number; max: number; label?: string }) {
  return (
    <span className="panel-meter" title={label} aria-label={label}>
      {Array.from({ length: max }, (_, index) => (
        <span key={index} className={`panel-meter-bar${index < value ? ' panel-meter-on' : ''}`} />
      ))}
    </span>
  );
}

export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** A short word on a soft colour: a link's kind, a status. */
export function Pill({ tone, className, children }: { tone: Tone; className?: string; children: ReactNode }) {
  return <span className={`panel-pill tone-${tone}${className ? ` ${className}` : ''}`}>{children}</span>;
}

/** Each kind in the colour the map gives it, so a row reads like the edge it stands for. */
const KIND_TONE: Record<LinkKind, Tone> = {
  reportsTo: 'neutral',
  influences: 'neutral',
  ally: 'success',
  rival: 'danger',
  covers: 'accent',
  competitorTie: 'warning',
};

export function KindChip({ kind }: { kind: LinkKind }) {
  const { t } = useTranslation();
  return (
    <Pill tone={KIND_TONE[kind]} className={`panel-kind-${kind}`}>
      {t(`enums.linkKind.${kind}`)}
    </Pill>
  );
}

export function AttitudeDot({ attitude }: { attitude: Attitude }) {
  return <span className={`panel-attitude-dot panel-attitude-${attitude}`} aria-hidden="true" />;
}

export type AvatarKind = 'person' | 'team' | 'competitor';

const AVATAR_TONE: Record<AvatarKind, Tone> = { person: 'neutral', team: 'accent', competitor: 'warning' };

export function Avatar({ name, tone = 'person' }: { name: string; tone?: AvatarKind }) {
  return (
    <span className={`panel-avatar panel-avatar-${tone} tone-${AVATAR_TONE[tone]}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="panel-empty">{children}</p>;
}

/** A section that lists things, or says why there is nothing to list; `footer` follows either (e.g. an add form). */
export function ListSection({ title, icon, count, empty, footer, children }: { title: string; icon?: IconName; count: number; empty: string; footer?: ReactNode; children: ReactNode }) {
  return (
    <Section title={title} grid={false} icon={icon} count={count}>
      {count === 0 ? <EmptyNote>{empty}</EmptyNote> : <ul className="panel-list">{children}</ul>}
      {footer}
    </Section>
  );
}
