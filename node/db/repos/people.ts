import type { Person, Role } from '../../../shared/model';
import type { Db } from '../connection';
import { normalizeForSearch } from '../search-text';
import { createEntityRepo, jsonList, type TableSpec } from './table';

export const peopleTable: TableSpec<Person> = {
  table: 'people',
  ownerColumn: 'account_id',
  immutable: ['id', 'accountId'],
  columns: {
    id: 'id',
    accountId: 'account_id',
    name: 'name',
    title: 'title',
    department: 'department',
    contact: 'contact',
    email: 'email',
    phone: 'phone',
    layer: 'layer',
    roles: ['roles', jsonList<Role>()],
    attitude: 'attitude',
    influence: 'influence',
    favouredCompetitorId: 'favoured_competitor_id',
    driver: 'driver',
    judgesBy: 'judges_by',
    fitOurs: 'fit_ours',
    fitCompetitor: 'fit_competitor',
    targetRelationship: 'target_relationship',
    lastContact: 'last_contact',
    nextStep: 'next_step',
    privateNotes: 'private_notes',
    verifiedOn: 'verified_on',
    source: 'source',
    status: 'status',
    statusSince: 'status_since',
    leftTo: 'left_to',
    leftToCompetitorId: 'left_to_competitor_id',
    x: 'x',
    y: 'y',
  },
  derived: { name: { column: 'name_search', compute: normalizeForSearch } },
};

export const createPeopleRepo = (db: Db) => createEntityRepo(db, peopleTable);
