import { ok } from '../../../shared/model';
import type { Settings } from '../../../shared/ipc';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function settingsHandlers(store: Store, ports: DesktopPorts): SectionHandlers<'settings'> {
  return {
    'settings.get': async () => ok(store.getSettings()),
    'settings.set': async ({ locale, theme, analysis }) => {
      // Only the fields the caller named change; `locale: null` is a real value (follow the system).
      const patch: Partial<Settings> = {};
      if (locale !== undefined) patch.locale = locale;
      if (theme !== undefined) patch.theme = theme;
      if (analysis !== undefined) patch.analysis = analysis;
      const saved = store.setSettings(patch);
      ports.onSettingsChanged?.(saved);
      return ok(saved);
    },
  };
}
