import type { TFunction } from 'i18next';
import type { Person } from '../../../../shared/model';
import type { PeopleColumn, TableContext } from './columns';

/** What a cell shows, in the user's language. */
export function cellText(column: PeopleColumn, person: Person, context: TableContext, t: TFunction, locale: string): string {
  switch (column.id) {
    case 'roles':
      return person.roles.map((role) => t(`enums.role.${role}`)).join(locale === 'zh-CN' ? '、' : ', ');
    case 'covers': {
      const coverage = context.coverage.get(person.id);
      if (!coverage || coverage.best === null) return t('accountTools.table.noCovers');
      const strength = t(`enums.coversStrength.${coverage.best}`);
      return coverage.names.length > 0 ? t('accountTools.table.coversBy', { strength, names: coverage.names.join(', ') }) : strength;
    }
    case 'favouredCompetitorId':
      return person.favouredCompetitorId === null ? '' : (context.competitorNames.get(person.favouredCompetitorId) ?? '');
    default:
      break;
  }
  const editor = column.editor;
  const raw = column.raw ? column.raw(person) : '';
  if (editor?.kind === 'select' && editor.enumGroup) return raw === '' ? '' : t(`enums.${editor.enumGroup}.${raw}`);
  return raw;
}
