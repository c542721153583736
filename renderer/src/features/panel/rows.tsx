import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { deleteWithUndo, select } from './actions';
import type { AvatarKind } from './parts';
import { Avatar } from './parts';
import { useEditsLocked } from '../workshop/workshopStore';

interface SelectButtonProps {
  /** the id the click selects */
  selects: string;
  title: string;
  className: string;
  label?: string;
  /** the row stands for a link: tests and the map find it by the link's id */
  link?: boolean;
  onDoubleClick?(): void;
  children: ReactNode;
}

/** A button that selects an element on the map, as a click on the element would. */
export function SelectButton({ selects, title, className, label, link, onDoubleClick, children }: SelectButtonProps) {
  return (
    <button
      type="button"
      className={className}
      data-testid={link ? TID.panelLink : undefined}
      data-link-id={link ? selects : undefined}
      title={title}
      aria-label={label}
      onClick={() => select([selects])}
      onDoubleClick={onDoubleClick}
    >
      {children}
    </button>
  );
}

/** A list row that is one button: a click selects what the row is about. */
export function SelectRow({ className, ...props }: Omit<SelectButtonProps, 'className'> & { className?: string }) {
  return (
    <li>
      <SelectButton className={`panel-row${className ? ` ${className}` : ''}`} {...props} />
    </li>
  );
}

/** Who a row is about: their avatar, their name, and one muted line under it. */
export function RowIdentity({ name, tone, meta, warning }: { name: string; tone?: AvatarKind; meta?: ReactNode; warning?: boolean }) {
  return (
    <>
      <Avatar name={name} tone={tone} />
      <span className="panel-row-text">
        <span className="panel-row-name">{name}</span>
        {meta ? <span className={`panel-row-meta${warning ? ' panel-row-warning' : ''}`}>{meta}</span> : null}
      </span>
    </>
  );
}

/**
 * The trash button at the end of a row: deletes the element as one edit and offers Undo. It does not
 * take focus on press, so a rename being typed in the same row is not committed by the click.
 */
export function RemoveButton({ id, name, testId }: { id: string; name: string; testId: string }) {
  const { t } = useTranslation();
  const label = t('panel.removeNamed', { name });
  // A room watching a workshop is not shown delete buttons (the panel is read-only there until Edit).
  if (useEditsLocked()) return null;
  return (
    <button
      type="button"
      className="icon-btn"
      data-testid={testId}
      aria-label={label}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void deleteWithUndo([id], t('panel.deleted', { name }))}
    >
      <Icon name="trash" size={14} />
    </button>
  );
}
