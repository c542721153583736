import './zod-without-eval'; // first: it must run before any schema is built
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/tokens.css';
import './app/styles.css';
import { App } from './app/App';
import { BridgeMissing } from './app/BridgeMissing';
import { dispatchCommand } from './app/dispatch';
import { settingsStore } from './app/services';
import { databaseStore } from './features/safety/databaseStore';
import { openStartScreen } from './features/plan/startScreen';
import { initI18n } from './i18n';
import { onMenuCommand } from './ipc/client';
import { localeFromSystem } from './stores/settings';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

if (!window.powerMap) {
  // No bridge, no settings: follow the system's language and colours so the message is at least readable.
  const locale = localeFromSystem(navigator.language);
  initI18n(locale);
  document.documentElement.lang = locale;
  document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  root.render(<BridgeMissing />);
} else {
  initI18n(settingsStore.getState().locale);
  const settingsLoaded = settingsStore.getState().init();
  void databaseStore
    .getState()
    .load()
    .finally(() => openStartScreen(settingsLoaded));
  onMenuCommand(dispatchCommand);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
