import type { AccountPlan } from './types';

/**
 * The plan without some people (erased, or left out of an import): each contact and action keeps the
 * people still named; one that named only them goes, as the store does when a person is erased.
 */
export function planWithoutPeople(plan: AccountPlan, gone: ReadonlySet<string>): AccountPlan {
  if (gone.size === 0) return plan;
  const contacts = plan.contacts.flatMap((contact) => {
    if (!contact.personIds.some((id) => gone.has(id))) return [contact];
    const personIds = contact.personIds.filter((id) => !gone.has(id));
    return personIds.length === 0 ? [] : [{ ...contact, personIds }];
  });
  const actions = plan.actions.flatMap((action) => {
    const named = [...action.personIds, ...(action.origin.kind === 'finding' ? action.origin.personIds : [])];
    if (!named.some((id) => gone.has(id))) return [action];
    const personIds = action.personIds.filter((id) => !gone.has(id));
    const origin = action.origin.kind === 'finding' ? { ...action.origin, personIds: action.origin.personIds.filter((id) => !gone.has(id)) } : action.origin;
    const left = personIds.length + (origin.kind === 'finding' ? origin.personIds.length : 0);
    return left === 0 ? [] : [{ ...action, personIds, origin }];
  });
  return { contacts, actions };
}
