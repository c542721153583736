import type { KeyboardEvent } from 'react';
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkEnds } from '../../../../shared/edit';
import type { AccountData } from '../../../../shared/model';
import { TID, linkKindId } from '../../app/testids';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';
import { chooseLink } from './accountActions';
import { canReverse, endName, linkChoices } from './linkChoices';
import { accountViewStore } from './viewStore';

interface Props {
  data: AccountData;
  ends: LinkEnds;
}

/**
 * Asks which kind of link two ends get. Kinds already between them are shown but disabled, so the user
 * sees why; number keys pick a kind directly, arrow keys move between them, Escape cancels.
 */
export function LinkChooser({ data, ends }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const choices = useMemo(() => linkChoices(data, ends), [data, ends]);
  const from = endName(data, ends.from);
  const to = endName(data, ends.to);
  const firstOpen = choices.findIndex((choice) => !choice.exists);
  const cancel = () => accountViewStore.getState().closeChooser();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const number = Number.parseInt(event.key, 10);
    if (number >= 1 && number <= choices.length) {
      const choice = choices[number - 1]!;
      event.preventDefault();
      if (!choice.exists) chooseLink(ends, choice.kind);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
    if (buttons.length === 0) return;
    event.preventDefault();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  }

  return (
    <Dialog titleId={titleId} testId={TID.linkChooser} onCancel={cancel} className="dialog-chooser">
      <div onKeyDown={onKeyDown}>
        <h2 id={titleId} className="dialog-title">
          {t('chooser.title')}
        </h2>
        <div className="chooser-ends">
          <span className="chooser-end">{from}</span>
          <Icon name="arrowRight" className="chooser-arrow" />
          <span className="chooser-end">{to}</span>
          {canReverse(data, ends) ? (
            <button
              type="button"
              className="btn btn-ghost btn-small chooser-reverse"
              data-testid={TID.linkReverse}
              onClick={() => accountViewStore.getState().openChooser({ ...ends, from: ends.to, to: ends.from })}
            >
              <Icon name="swap" size={14} />
              <span>{t('chooser.reverse')}</span>
            </button>
          ) : null}
        </div>
        <div className="chooser-kinds" ref={listRef} role="group" aria-label={t('chooser.fromTo', { from, to })}>
          {choices.map((choice, index) => (
            <button
              key={choice.kind}
              type="button"
              className={`chooser-kind${choice.exists ? ' chooser-kind-exists' : ''}`}
              data-testid={linkKindId(choice.kind)}
              data-autofocus={index === firstOpen ? true : undefined}
              disabled={choice.exists}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => chooseLink(ends, choice.kind)}
            >
              <kbd className="chooser-key">{index + 1}</kbd>
              <span className="chooser-kind-text">
                <span className="chooser-kind-name">
                  {t(`enums.linkKind.${choice.kind}`)}
                  {choice.exists ? <span className="chooser-exists">{t('chooser.exists')}</span> : null}
                </span>
                <span className="chooser-kind-hint">{t(`enums.linkKindHint.${choice.kind}`, { from, to })}</span>
              </span>
            </button>
          ))}
        </div>
        <div className="dialog-footer">
          <span className="muted chooser-hint">{t('chooser.keyboardHint')}</span>
          <button type="button" className="btn" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
