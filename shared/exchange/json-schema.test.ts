import { expect, it } from 'vitest';
import { exchangeJsonSchemaText } from './json-schema';

it('docs/powermap.schema.json matches the zod schemas', async () => {
  await expect(
    exchangeJsonSchemaText(),
    'docs/powermap.schema.json is out of date; regenerate it with `npx vitest run shared/exchange/json-schema.test.ts --update`',
  ).toMatchFileSnapshot('../../docs/powermap.schema.json');
});

it('describes every record field as required and allows no others', () => {
  const schema = JSON.parse(exchangeJsonSchemaText());
  expect(schema.required).toEqual(['format', 'version', 'exportedAt', 'account', 'competitors', 'team', 'people', 'links']);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.people.items.required).toContain('influence');
  expect(schema.properties.people.items.properties.influence).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
});
