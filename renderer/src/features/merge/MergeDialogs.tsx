import { useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeMergeItem, mergeWords } from '../../../../shared/history/describeMerge';
import type { MergeItem } from '../../../../shared/history/merge';
import type { EntityKind } from '../../../../shared/model';
import { useEditor, useSettings } from '../../app/services';
import { Dialog } from '../../ui/Dialog';
import { choiceOf, takenCount, type MergePreview } from './mergeSession';
import { mergeStore, useMerge } from './mergeDialogStore';
import './merge.css';

const GROUPS: EntityKind[] = ['account', 'competitor', 'team', 'person', 'link'];

/** The choice an import offers when the file's account is here: merge it, import it as a copy, or neither. */
function MergeOfferDialog() {
  const { t } = useTranslation();
  const offer = useMerge((state) => state.offer);
  const titleId = useId();
  if (!offer) return null;
  const store = mergeStore.getState();
  return (
    <Dialog titleId={titleId} testId="merge-offer" onCancel={() => store.cancel()} className="dialog-merge-offer">
      <h2 id={titleId} className="dialog-title">
        {t('mergeDialog.offerTitle', { name: offer.theirName })}
      </h2>
      <p className="dialog-text">{t('mergeDialog.offerBody', { file: offer.fileName, mine: offer.mineName })}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" data-testid="merge-offer-cancel" onClick={() => store.cancel()}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn" data-testid="merge-offer-copy" onClick={() => void store.copyOffered()}>
          {t('mergeDialog.copy')}
        </button>
        <button type="button" className="btn btn-primary" data-testid="merge-offer-merge" data-autofocus onClick={() => void store.mergeOffered()}>
          {t('mergeDialog.merge')}
        </button>
      </div>
    </Dialog>
  );
}

function MergeRow({ item, preview, lines }: { item: MergeItem; preview: MergePreview; lines: string[] }) {
  const { t } = useTranslation();
  const choice = choiceOf(preview, item.key);
  const conflict = item.changedBy === 'both';
  return (
    <li className={`mg-item${conflict ? ' mg-conflict' : ''}`} data-testid="merge-item" data-key={item.key} data-changed-by={item.changedBy} data-choice={choice}>
      <div className="mg-words">
        <span className={`mg-by mg-by-${item.changedBy}`}>{t(`mergeDialog.by.${item.changedBy}`)}</span>
        {(lines.length > 0 ? lines : [t('mergeDialog.moved', { name: item.label })]).map((line, index) => (
          <span key={index} className="mg-line">
            {line}
          </span>
        ))}
      </div>
      <div className="mg-choice" role="radiogroup" aria-label={item.label}>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className={`mg-side${choice === side ? ' mg-chosen' : ''}`}>
            <input type="radio" name={item.key} value={side} checked={choice === side} data-testid={`merge-${side}`} onChange={() => mergeStore.getState().choose(item.key, side)} />
            {t(`mergeDialog.${side}`)}
          </label>
        ))}
      </div>
    </li>
  );
}

/** The differences record by record, grouped as the History tab groups a change, each with mine / theirs. */
function MergePreviewDialog({ preview }: { preview: MergePreview }) {
  const { t } = useTranslation();
  const titleId = useId();
  const mine = useEditor((state) => state.data);
  const locale = useSettings((state) => state.locale) === 'zh-CN' ? 'zh-CN' : 'en';
  const busy = useMerge((state) => state.busy);
  const error = useMerge((state) => state.error);
  const store = mergeStore.getState();
  const { plan } = preview;
  const words = useMemo(() => (mine ? mergeWords(mine, plan) : { names: new Map<string, string>(), links: new Map() }), [mine, plan]);
  const lines = useMemo(() => new Map(plan.items.map((item) => [item.key, describeMergeItem(item, words, locale)])), [plan, words, locale]);
  const conflicts = plan.items.filter((item) => item.changedBy === 'both').length;
  const taken = takenCount(preview);
  const empty = plan.items.length === 0;
  const name = mine?.account.name ?? '';

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if ((event.target as HTMLElement).closest('button, a, textarea')) return;
    event.preventDefault();
    if (empty) store.cancel();
    else void store.apply();
  }

  return (
    <Dialog titleId={titleId} testId="merge-dialog" onCancel={() => store.cancel()} className="dialog-merge">
      <div className="mg-frame" onKeyDown={onKeyDown}>
        <h2 id={titleId} className="dialog-title">
          {t('mergeDialog.title', { file: preview.fileName, name })}
        </h2>
        <p className="mg-intro">{empty ? t('mergeDialog.same') : plan.hasBase ? t('mergeDialog.intro') : t('mergeDialog.introNoBase')}</p>
        {empty ? null : (
          <div className="mg-list" data-testid="merge-list" tabIndex={-1}>
            {GROUPS.map((entity) => {
              const items = plan.items.filter((item) => item.entity === entity);
              if (items.length === 0) return null;
              return (
                <section key={entity} className="mg-group" data-testid="merge-group" data-entity={entity}>
                  <h3 className="mg-group-title">
                    {t(`mergeDialog.group.${entity}`)} <span className="muted">{items.length}</span>
                  </h3>
                  <ul className="mg-items">
                    {items.map((item) => (
                      <MergeRow key={item.key} item={item} preview={preview} lines={lines.get(item.key) ?? []} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
        {error ? (
          <p className="mg-error" role="alert" data-testid="merge-error">
            {error.key && t(error.key) !== error.key ? t(error.key) : error.message}
          </p>
        ) : null}
        <div className="mg-footer">
          {empty ? null : (
            <>
              <p className="mg-summary" data-testid="merge-summary">
                {[t('mergeDialog.summary', { count: plan.items.length }), ...(conflicts > 0 ? [t('mergeDialog.conflicts', { count: conflicts })] : []), taken > 0 ? t('mergeDialog.taking', { count: taken }) : t('mergeDialog.takingNone')].join(' · ')}
                <span className="muted mg-keys">{t('mergeDialog.keys')}</span>
              </p>
              <button type="button" className="btn" data-testid="merge-all-mine" onClick={() => store.chooseAll('mine')}>
                {t('mergeDialog.allMine')}
              </button>
              <button type="button" className="btn" data-testid="merge-all-theirs" onClick={() => store.chooseAll('theirs')}>
                {t('mergeDialog.allTheirs')}
              </button>
            </>
          )}
          <button type="button" className="btn" data-testid="merge-cancel" onClick={() => store.cancel()}>
            {empty ? t('mergeDialog.close') : t('common.cancel')}
          </button>
          {empty ? null : (
            <button type="button" className="btn btn-primary" data-testid="merge-apply" data-autofocus disabled={busy} onClick={() => void store.apply()}>
              {t('mergeDialog.apply')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}

/** Both merge dialogs; mounted once beside the app's other dialogs. */
export function MergeDialogs() {
  const preview = useMerge((state) => state.preview);
  return (
    <>
      <MergeOfferDialog />
      {preview ? <MergePreviewDialog key={preview.previewId} preview={preview} /> : null}
    </>
  );
}

/** The History tab's entry: a colleague's copy of the account on screen, chosen in the file dialog. */
export function MergeCopyButton({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const busy = useMerge((state) => state.busy);
  return (
    <button type="button" className="btn" data-testid="merge-from-file" title={t('mergeDialog.fromFileTitle')} disabled={busy} onClick={() => void mergeStore.getState().mergeFromFile(accountId)}>
      {t('mergeDialog.fromFile')}
    </button>
  );
}
