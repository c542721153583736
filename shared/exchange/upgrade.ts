import { FORMAT_VERSION } from './file-schema';

/** What a person written by format 1 lacks, with the value such a person means. */
const PERSON_FIELDS_SINCE_2 = { email: '', phone: '', verifiedOn: null, source: '' } as const;
/** What a person written by format 2 lacks: files before status knew only people still there. */
const PERSON_FIELDS_SINCE_3 = { status: 'active', statusSince: null, leftTo: '', leftToCompetitorId: null } as const;

/** The person fields each format added, by the version that added them. */
const PERSON_FIELDS_ADDED: readonly (readonly [number, Record<string, unknown>])[] = [
  [2, PERSON_FIELDS_SINCE_2],
  [3, PERSON_FIELDS_SINCE_3],
];

/**
 * Brings an older file's parsed JSON up to the current format before it is checked, so old files keep
 * importing. Only fields that are absent and that the file's own format did not have yet are added; a
 * present field is checked as it stands. Returns a new object (the input is not changed); anything
 * malformed is left for the schema to describe.
 */
export function upgradeFile(file: Record<string, unknown>): Record<string, unknown> {
  const version = file.version as number;
  if (version >= FORMAT_VERSION) return file;
  const missing = Object.assign({}, ...PERSON_FIELDS_ADDED.filter(([since]) => version < since).map(([, fields]) => fields)) as Record<string, unknown>;
  const people = Array.isArray(file.people)
    ? file.people.map((person: unknown) =>
        person !== null && typeof person === 'object' && !Array.isArray(person) ? { ...missing, ...person } : person,
      )
    : file.people;
  return { ...file, version: FORMAT_VERSION, people };
}
