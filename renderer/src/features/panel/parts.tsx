import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attitude, LinkKind } from '../../../../shared/model';
import { TID } from '../../app/testids';
import type { IconName } from '../../ui/icons';
import { Icon } from '../../ui/icons';
import { initialsOf } from './format';

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

/** A titled group of fields; `grid` lays short fields out two to a row. */
export function Section({ title, children, grid = true, icon, count }: { title?: string; children: ReactNode; grid?: boolean; icon?: IconName; count?: number }) {
  return (
    <section className="panel-section">
      {title ? (
        <h3 className="panel-section-title">
          {icon ? <Icon name={icon} size={13} /> : null}
          <span>{title}</span>
          {count !== undefined ? <span className="panel-count">{count}</span> : null}
        </h3>
      ) : null}
      <div className={grid ? 'panel-grid' : 'panel-stack'}>{children}</div>
    </section>
  );
}

/** The red button at the end of an inspector. */
export function DeleteButton({ label, onClick, testId = TID.panelDelete }: { label: string; onClick(): void; testId?: string }) {
  return (
    <div className="panel-footer">
      <button type="button" className="panel-btn panel-btn-danger" data-testid={testId} onClick={onClick}>
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

export function KindChip({ kind }: { kind: LinkKind }) {
  const { t } = useTranslation();
  return <span className={`panel-kind panel-kind-${kind}`}>{t(`enums.linkKind.${kind}`)}</span>;
}

export function AttitudeDot({ attitude }: { attitude: Attitude }) {
  return <span className={`panel-attitude-dot panel-attitude-${attitude}`} aria-hidden="true" />;
}

export function Avatar({ name, tone = 'person' }: { name: string; tone?: 'person' | 'team' | 'competitor' }) {
  return (
    <span className={`panel-avatar panel-avatar-${tone}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="panel-empty">{children}</p>;
}
