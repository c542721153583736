import { analyze, compareRisk, portfolioRow } from '../../../shared/analysis';
import type { PortfolioRow } from '../../../shared/analysis';
import { localToday } from '../../../shared/edit/defaults';
import { ok } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function portfolioHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'portfolio'> {
  return {
    'portfolio.list': async () => {
      const thresholds = store.getSettings().analysis;
      const today = ports.today?.() ?? localToday();
      const rows: PortfolioRow[] = store.allAccounts().map((data) => portfolioRow(data, analyze(data, { today, ...thresholds })));
      return ok(rows.sort(compareRisk));
    },
  };
}
