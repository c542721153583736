import { describe, expect, it } from 'vitest';
import { sampleAccount } from '../../../shared/exchange/testing/sample-account';
import type { Result } from '../../../shared/model';
import { StoreError } from '../../../node/db/store';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { Handlers } from './handlers';
import { createFakePorts } from './testing/fake-ports';
import { createFakeStore } from './testing/fake-store';

function setup() {
  const store = createFakeStore([sampleAccount()]);
  return { store, handlers: createHandlers(store, createFakePorts()) };
}

function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('dispatch refuses channels that do not exist', () => {
  it.each([['accounts.drop'], ['toString'], ['__proto__'], [42], [null], [undefined]])('%j', async (channel) => {
    const { handlers } = setup();
    const error = errorOf(await dispatch(handlers, channel, {}));
    expect(error.code).toBe('unknown-channel');
  });

  it('names the channel it refused', async () => {
    const { handlers } = setup();
    expect(errorOf(await dispatch(handlers, 'accounts.drop', {})).message).toBe('There is no channel "accounts.drop".');
  });
});

describe('dispatch refuses payloads that do not match the channel', () => {
  it.each([['a string', 'acc-1'], ['null', null], ['undefined', undefined], ['a list', ['acc-1']]])(
    'a payload that is %s, not an object',
    async (_what, payload) => {
      const { handlers } = setup();
      const error = errorOf(await dispatch(handlers, 'accounts.open', payload));
      expect(error.code).toBe('invalid-payload');
      expect(error.message).toMatch(/^Invalid arguments for accounts\.open: Invalid input: expected object/);
    },
  );

  it('names the field at fault', async () => {
    const { handlers } = setup();
    const error = errorOf(await dispatch(handlers, 'accounts.open', { accountId: '' }));
    expect(error.message).toBe('Invalid arguments for accounts.open: accountId: Too small: expected string to have >=1 characters');
  });

  it('lists every problem in details', async () => {
    const { handlers } = setup();
    const error = errorOf(await dispatch(handlers, 'search.query', { text: 5, limit: 0 }));
    expect(error.details).toEqual([
      'text: Invalid input: expected string, received number',
      'limit: Too small: expected number to be >=1',
    ]);
  });

  it('refuses fields the channel does not define', async () => {
    const { handlers } = setup();
    const error = errorOf(await dispatch(handlers, 'settings.set', { theme: 'dark', fontSize: 20 }));
    expect(error.details).toEqual(['Unrecognized key: "fontSize"']);
  });

  it('names a bad value inside one op of edit.apply', async () => {
    const { store, handlers } = setup();
    const person = { ...sampleAccount().people[0]!, influence: 9 };
    const ops = [
      { op: 'patch', entity: 'person', id: 'p-ceo', patch: { attitude: 'supporter' } },
      { op: 'put', entity: 'person', value: person },
    ];
    const error = errorOf(await dispatch(handlers, 'edit.apply', { ops }));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toBe('Invalid arguments for edit.apply: ops[1].value.influence: Too big: expected number to be <=5');
    expect(store.writes).toEqual([]);
  });

  it('refuses an op of an unknown kind and an empty edit', async () => {
    const { handlers } = setup();
    const unknownOp = errorOf(await dispatch(handlers, 'edit.apply', { ops: [{ op: 'rename', entity: 'person', id: 'p' }] }));
    expect(unknownOp.message).toMatch(/^Invalid arguments for edit\.apply: ops\[0\]\.op: /);
    const empty = errorOf(await dispatch(handlers, 'edit.apply', { ops: [] }));
    expect(empty.message).toMatch(/^Invalid arguments for edit\.apply: ops: Too small/);
  });

  it('refuses a restore whose account data breaks the schema', async () => {
    const { handlers } = setup();
    const data = sampleAccount();
    const error = errorOf(
      await dispatch(handlers, 'accounts.restore', { data: { ...data, people: [{ ...data.people[0], layer: 'middle' }] } }),
    );
    expect(error.message).toMatch(/^Invalid arguments for accounts\.restore: data\.people\[0\]\.layer: Invalid option/);
  });
});

describe('dispatch runs the handler', () => {
  it('with the parsed arguments, and returns its result', async () => {
    const { handlers } = setup();
    const result = await dispatch(handlers, 'accounts.open', { accountId: 'acc-1' });
    expect(result).toEqual({ ok: true, value: sampleAccount() });
  });

  it('turns a StoreError into its code and any other throw into internal', async () => {
    const { handlers } = setup();
    const throwing: Handlers = {
      ...handlers,
      'accounts.list': async () => {
        throw new StoreError('conflict', 'someone else changed it');
      },
      'settings.get': async () => {
        throw new TypeError('cannot read properties of undefined');
      },
    };
    expect(await dispatch(throwing, 'accounts.list', {})).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'someone else changed it' },
    });
    expect(await dispatch(throwing, 'settings.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'cannot read properties of undefined' },
    });
  });
});
