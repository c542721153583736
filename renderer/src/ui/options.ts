import type { TFunction } from 'i18next';
import type { Option } from './fields';

/** Options for an enumeration, labelled from `enums.<group>.<value>` in the user's language. */
export function enumOptions<T extends string>(values: readonly T[], group: string, t: TFunction): Option<T>[] {
  return values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
}
