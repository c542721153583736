import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../shared/edit';
import { buildDemoAccount, DEMO_ACCOUNT_ID, DEMO_KEY_PEOPLE } from '../../../shared/demo';
import { createAccountsStore } from './accounts';
import { createEditorStore } from './editor';
import { fakeClient } from './fakeClient';
import { createNavigationStore } from './navigation';

describe('navigation to the portfolio', () => {
  it('saves and closes the open account first, and opens an account from there', async () => {
    const fake = fakeClient([buildDemoAccount('en', '2026-11-22')]);
    const editor = createEditorStore(fake.client, () => {});
    const navigation = createNavigationStore(editor, createAccountsStore(fake.client, () => {}));
    await navigation.getState().openAccount(DEMO_ACCOUNT_ID);
    void editor.getState().apply(updatePerson(editor.getState().data!, DEMO_KEY_PEOPLE.coach, { name: 'Renamed coach' }));

    await navigation.getState().showPortfolio();
    expect(navigation.getState().screen).toEqual({ name: 'portfolio' });
    expect(editor.getState().accountId).toBeNull();
    expect(fake.stored(DEMO_ACCOUNT_ID)!.people.find((p) => p.id === DEMO_KEY_PEOPLE.coach)!.name).toBe('Renamed coach');

    await navigation.getState().openAccount(DEMO_ACCOUNT_ID);
    expect(navigation.getState().screen).toEqual({ name: 'account', accountId: DEMO_ACCOUNT_ID });
  });
});
