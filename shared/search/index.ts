export { normalizeForSearch, foldForMatch } from './normalize';
export { pinyinForms, type PinyinForms } from './pinyin';
export { SEARCH_FIELDS, buildSearchIndex, matchEntry, parseQuery, searchEntry, searchPeople } from './match';
export type { SearchEntry, SearchField, SearchIndex, SearchQuery } from './match';
export { NO_PEOPLE_FILTER, departmentKey, departmentsOf, isFilterActive, peoplePassing } from './filters';
export type { PeopleFilter } from './filters';
export { searchOverlays } from './overlays';
