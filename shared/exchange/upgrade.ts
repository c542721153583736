import { FORMAT_VERSION } from './file-schema';

/** What a person written by format 1 lacks, with the value such a person means. */
const PERSON_FIELDS_SINCE_2 = { email: '', phone: '', verifiedOn: null, source: '' } as const;

/**
 * Brings an older file's parsed JSON up to the current format before it is checked, so old files keep
 * importing. Only fields that are absent are added; a present field is checked as it stands. Returns a
 * new object (the input is not changed); anything malformed is left for the schema to describe.
 */
export function upgradeFile(file: Record<string, unknown>): Record<string, unknown> {
  const version = file.version as number;
  if (version >= FORMAT_VERSION) return file;
  const people = Array.isArray(file.people)
    ? file.people.map((person: unknown) =>
        person !== null && typeof person === 'object' && !Array.isArray(person) ? { ...PERSON_FIELDS_SINCE_2, ...person } : person,
      )
    : file.people;
  return { ...file, version: FORMAT_VERSION, people };
}
