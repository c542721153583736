import type { Account, AccountData, Competitor } from '../model';
import type { Edit } from './edit';
import { newId } from './defaults';
import { deleteElements } from './deleteElements';
import { patchEdit } from './patch';

/** The fields a user edits; ids and timestamps belong to the store. */
export type AccountPatch = Partial<Omit<Account, 'id' | 'createdAt' | 'updatedAt'>>;

export function updateAccount(data: AccountData, patch: AccountPatch): Edit {
  return patchEdit('account', data.account, patch);
}

export function addCompetitor(data: AccountData, name: string, id: string = newId()): { edit: Edit; competitor: Competitor } {
  const competitor: Competitor = { id, accountId: data.account.id, name };
  return {
    competitor,
    edit: {
      forward: [{ op: 'put', entity: 'competitor', value: competitor }],
      inverse: [{ op: 'delete', entity: 'competitor', id }],
    },
  };
}

export function renameCompetitor(data: AccountData, competitorId: string, name: string): Edit {
  return patchEdit('competitor', data.competitors.find((competitor) => competitor.id === competitorId), { name });
}

/** Also removes the competitor's ties and clears it as anyone's favoured competitor (undo restores both). */
export function deleteCompetitor(data: AccountData, competitorId: string): Edit {
  return deleteElements(data, [competitorId]);
}
