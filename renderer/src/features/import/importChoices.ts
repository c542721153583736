import type { ColumnMapping, DuplicateAction, FieldTarget, ImportChoices } from '../../../../shared/import/types';
import type { Layer } from '../../../../shared/model';

/** The user's picks in the dialog, as plain data (sets and maps become arrays and records on the way out). */
export interface ImportPicks {
  mapping: ColumnMapping;
  onDuplicate: DuplicateAction;
  duplicateOverrides: Record<number, DuplicateAction>;
  acceptAllSuggestions: boolean;
  acceptedSuggestions: number[];
  layerOverrides: Record<number, Layer>;
  fallbackLayer: Layer;
}

export const DEFAULT_FALLBACK_LAYER: Layer = 'implementation';

export function initialPicks(mapping: ColumnMapping, fallbackLayer: Layer = DEFAULT_FALLBACK_LAYER): ImportPicks {
  return { mapping: [...mapping], onDuplicate: 'update', duplicateOverrides: {}, acceptAllSuggestions: false, acceptedSuggestions: [], layerOverrides: {}, fallbackLayer };
}

/** Targets a file may hold in several columns (their texts are joined); every other target is one column's. */
const REPEATABLE: ReadonlySet<FieldTarget> = new Set<FieldTarget>(['ignore', 'notes', 'contact']);

/**
 * Column `index` becomes `target`. A field that holds one column's value moves: the column that had it
 * before is set to "ignore", so the table never maps two columns to one name, title or e-mail.
 */
export function remapColumn(mapping: ColumnMapping, index: number, target: FieldTarget): ColumnMapping {
  return mapping.map((current, i) => {
    if (i === index) return target;
    return current === target && !REPEATABLE.has(target) ? 'ignore' : current;
  });
}

/** A person needs a name: a Name column, or a First name or Last name column. */
export function mapsAName(mapping: ColumnMapping): boolean {
  return mapping.some((target) => target === 'name' || target === 'firstName' || target === 'lastName');
}

export function toChoices(picks: ImportPicks): ImportChoices {
  const choices: ImportChoices = {
    mapping: picks.mapping,
    onDuplicate: picks.onDuplicate,
    acceptAllSuggestions: picks.acceptAllSuggestions,
    fallbackLayer: picks.fallbackLayer,
  };
  if (Object.keys(picks.duplicateOverrides).length > 0) choices.duplicateOverrides = { ...picks.duplicateOverrides };
  if (picks.acceptedSuggestions.length > 0) choices.acceptedSuggestions = [...picks.acceptedSuggestions];
  if (Object.keys(picks.layerOverrides).length > 0) choices.layerOverrides = { ...picks.layerOverrides };
  return choices;
}

/** The sample values shown beside a column: its first few non-empty cells. */
export function sampleValues(rows: readonly (readonly string[])[], column: number, count = 3): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').trim();
    if (value) values.push(value);
    if (values.length === count) break;
  }
  return values;
}
