import type { Db } from '../connection';
import { createAccountsRepo } from './accounts';
import { createCompetitorsRepo } from './competitors';
import { createLinksRepo } from './links';
import { createPeopleRepo } from './people';
import { createPlanRepo } from './plan';
import { createDigestReader } from './plan-digest';
import { createSearchRepo } from './search';
import { createSettingsRepo } from './settings';
import { createTeamRepo } from './team';

/** Every repo on one connection; each prepares its statements once, here. */
export function createRepos(db: Db) {
  return {
    accounts: createAccountsRepo(db),
    competitors: createCompetitorsRepo(db),
    team: createTeamRepo(db),
    people: createPeopleRepo(db),
    links: createLinksRepo(db),
    plan: createPlanRepo(db),
    digest: createDigestReader(db),
    settings: createSettingsRepo(db),
    search: createSearchRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;
