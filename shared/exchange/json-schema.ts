import { z } from 'zod';
import { FORMAT_VERSION, exchangeFileSchema } from './file-schema';

/**
 * The JSON Schema of the `.powermap` file, generated from the same zod schemas the app checks files
 * with, so docs/powermap.schema.json cannot drift from the code (a test compares them). Rules that span
 * fields or records (link strengths per kind, references) are in docs/file-format.md, not here.
 */
export function exchangeJsonSchemaText(): string {
  const generated = z.toJSONSchema(exchangeFileSchema, { target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  const documented = {
    $schema,
    title: `Power Map account file, format version ${FORMAT_VERSION}`,
    description:
      'One customer account with its competitors, our team, the people inside the customer and the links between them. See docs/file-format.md for the rules this schema cannot express.',
    ...rest,
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}
