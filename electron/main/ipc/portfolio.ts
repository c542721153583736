import { analyze, compareRisk, portfolioRow } from '../../../shared/analysis';
import type { PortfolioRow } from '../../../shared/analysis';
import { localToday } from '../../../shared/edit/defaults';
import { ok } from '../../../shared/model';
import { lastContactsOf, withLoggedContacts } from '../../../shared/plan';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function portfolioHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'portfolio'> {
  return {
    'portfolio.list': async () => {
      const thresholds = store.getSettings().analysis;
      const today = ports.today?.() ?? localToday();
      // Last contacts follow from each account's contact log (DOMAIN: no second date to keep in step).
      const rows: PortfolioRow[] = store.agendaAccounts(today, today).map(({ data, digest }) => {
        const effective = withLoggedContacts(data, lastContactsOf(data, digest.logged, today));
        return portfolioRow(effective, analyze(effective, { today, ...thresholds }));
      });
      return ok(rows.sort(compareRisk));
    },
  };
}
