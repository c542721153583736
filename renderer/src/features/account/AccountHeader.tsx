import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountPatch } from '../../../../shared/edit';
import { suggestStage, updateAccount } from '../../../../shared/edit';
import type { Account, Stage } from '../../../../shared/model';
import { DEFAULT_CADENCE_DAYS, FUNNEL_CLASSES, STAGES, TIERS } from '../../../../shared/model';
import { editorStore } from '../../app/services';
import { TID } from '../../app/testids';
import { NumberField, SelectField, TextField } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { enumOptions } from '../../ui/options';
import { headerCollapseStore, useHeaderCollapsed } from './headerCollapse';
import './header.css';
import { accountNameFocused, wantsAccountNameFocus } from './justAdded';

const NAME_MAX = 200;
const NOTES_MAX = 20_000;

/** One field edit is one undo step, like any other change to the account. */
function commit(patch: AccountPatch) {
  const data = editorStore.getState().data;
  if (data) void editorStore.getState().apply(updateAccount(data, patch));
}

/** The stage the share of wallet points to, offered as a one-click fix when it differs from the one set. */
function StageSuggestion({ suggested }: { suggested: Stage }) {
  const { t } = useTranslation();
  const stage = t(`enums.stage.${suggested}`);
  return (
    <button type="button" className="suggestion" data-testid={TID.stageSuggestion} title={t('header.applySuggestion', { stage })} onClick={() => commit({ stage: suggested })}>
      <Icon name="arrowRight" size={12} />
      <span>{t('header.suggestedStage', { stage })}</span>
    </button>
  );
}

/**
 * The account's name and DOMAIN fields above the map; competitors and our team live in the side panel.
 * `tools` (find, filters, the view switch) share the name's line, so the map keeps its height.
 */
export function AccountHeader({ account, peopleCount, teamCount, tools }: { account: Account; peopleCount: number; teamCount: number; tools?: ReactNode }) {
  const { t } = useTranslation();
  const [notesOpen, setNotesOpen] = useState(false);
  const collapsed = useHeaderCollapsed();
  const notesRef = useRef<HTMLDivElement>(null);
  const suggestion = suggestStage(account.shareOfWallet);
  const suggested = suggestion && suggestion !== account.stage ? suggestion : null;
  const required = (value: string) => (value === '' ? t('validation.required') : value.length > NAME_MAX ? t('validation.tooLong', { max: NAME_MAX }) : null);
  const tooLong = (value: string) => (value.length > NAME_MAX ? t('validation.tooLong', { max: NAME_MAX }) : null);
  // A new account opens with its default name selected, so typing names it.
  const [focusName] = useState(() => wantsAccountNameFocus(account.id));
  useEffect(
    function rememberAccountNameFocused() {
      if (focusName) accountNameFocused(account.id);
    },
    [focusName, account.id],
  );

  useEffect(
    function focusNotesWhenOpened() {
      // Caret at the end, nothing selected: opening the notes must not invite typing over them.
      const area = notesOpen ? notesRef.current?.querySelector('textarea') : null;
      if (!area) return;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    },
    [notesOpen],
  );

  return (
    <section className={`account-header${collapsed ? ' account-header-collapsed' : ''}`} aria-label={t('shell.accountDetails')}>
      <div className="account-header-title">
        <button
          type="button"
          className="icon-btn header-collapse"
          data-testid={TID.headerCollapse}
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('accountTools.header.expand') : t('accountTools.header.collapse')}
          title={collapsed ? t('accountTools.header.expand') : t('accountTools.header.collapse')}
          onClick={() => headerCollapseStore.getState().toggle()}
        >
          <Icon name="chevronDown" size={14} />
        </button>
        <TextField name="name" label={t('header.name')} hideLabel testId={TID.accountName} className="account-name-input" autoFocus={focusName} value={account.name} validate={required} onCommit={(name) => commit({ name })} />
        <span className="account-meta">
          {t('accounts.peopleCount', { count: peopleCount })} · {t('shell.teamCount', { count: teamCount })}
        </span>
        {collapsed ? (
          <span className="account-summary" data-testid="account-summary">
            <span className={`chip chip-tier-${account.tier}`}>{t(`enums.tier.${account.tier}`)}</span>
            <span className={`chip chip-stage-${account.stage}`}>{t(`enums.stage.${account.stage}`)}</span>
            <span className="muted">{t('accountTools.header.cadence', { count: account.visitCadenceDays ?? DEFAULT_CADENCE_DAYS[account.tier] })}</span>
          </span>
        ) : null}
        {tools}
        <button
          type="button"
          className={`btn btn-ghost btn-small notes-toggle${account.notes.trim() ? ' has-notes' : ''}`}
          data-testid={TID.headerNotesToggle}
          aria-expanded={notesOpen}
          onClick={() => setNotesOpen(!notesOpen)}
        >
          <Icon name="pencil" size={14} />
          <span>{notesOpen ? t('shell.hideNotes') : t('header.notes')}</span>
          {account.notes.trim() && !notesOpen ? <span className="notes-dot" aria-label={t('shell.hasNotes')} /> : null}
        </button>
      </div>
      {collapsed ? null : (
      <div className="account-fields">
        <TextField name="industry" label={t('header.industry')} value={account.industry} validate={tooLong} onCommit={(industry) => commit({ industry })} />
        <TextField name="region" label={t('header.region')} value={account.region} validate={tooLong} onCommit={(region) => commit({ region })} />
        <SelectField name="tier" label={t('header.tier')} value={account.tier} options={enumOptions(TIERS, 'tier', t)} onChange={(tier) => commit({ tier })} />
        <SelectField name="funnelClass" label={t('header.funnelClass')} value={account.funnelClass} options={enumOptions(FUNNEL_CLASSES, 'funnel', t)} onChange={(funnelClass) => commit({ funnelClass })} />
        <SelectField name="stage" label={t('header.stage')} value={account.stage} options={enumOptions(STAGES, 'stage', t)} onChange={(stage) => commit({ stage })} hint={suggested ? <StageSuggestion suggested={suggested} /> : undefined} />
        <NumberField
          name="shareOfWallet"
          label={t('header.shareOfWallet')}
          value={account.shareOfWallet}
          min={0}
          max={100}
          rangeMessage={t('validation.percent')}
          placeholder="–"
          onCommit={(shareOfWallet) => commit({ shareOfWallet })}
        />
        <NumberField
          name="visitCadenceDays"
          label={t('header.visitCadenceDays')}
          value={account.visitCadenceDays}
          min={1}
          max={365}
          integer
          rangeMessage={t('validation.wholeNumber', { min: 1, max: 365 })}
          placeholder={t('header.cadencePlaceholder', { days: DEFAULT_CADENCE_DAYS[account.tier] })}
          onCommit={(visitCadenceDays) => commit({ visitCadenceDays })}
        />
      </div>
      )}
      {notesOpen ? (
        <div className="account-notes" ref={notesRef}>
          <TextField name="notes" label={t('header.notes')} multiline value={account.notes} placeholder={t('shell.notesPlaceholder')}
            validate={(value) => (value.length > NOTES_MAX ? t('validation.tooLong', { max: NOTES_MAX }) : null)}
            onCommit={(notes) => commit({ notes })} />
        </div>
      ) : null}
    </section>
  );
}
