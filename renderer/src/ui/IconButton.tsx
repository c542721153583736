import type { IconName } from './icons';
import { Icon } from './icons';

export interface IconButtonProps {
  icon: IconName;
  label: string;
  title: string;
  testId: string;
  onClick(): void;
  /** the label beside the icon; without it the label is the button's accessible name only */
  showLabel: boolean;
  /** classes when the label shows, and when only the icon does */
  labelledClass: string;
  iconOnlyClass: string;
  labelClass?: string;
  disabled?: boolean;
  pressed?: boolean;
  shortcut?: string;
  popup?: 'menu' | 'dialog';
  expanded?: boolean;
}

/** The toolbar's kind of button: an icon, with its label shown where there is room. */
export function IconButton({ icon, label, title, testId, onClick, showLabel, labelledClass, iconOnlyClass, labelClass, disabled, pressed, shortcut, popup, expanded }: IconButtonProps) {
  return (
    <button
      type="button"
      className={showLabel ? labelledClass : iconOnlyClass}
      data-testid={testId}
      title={title}
      aria-label={showLabel ? undefined : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      aria-haspopup={popup}
      aria-expanded={expanded}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
      {showLabel ? <span className={labelClass}>{label}</span> : null}
    </button>
  );
}
