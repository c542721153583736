import { useTranslation } from 'react-i18next';
import { AccountScreen } from '../features/account/AccountScreen';
import { AccountListScreen } from '../features/accounts/AccountListScreen';
import { ConfirmDialog } from '../features/dialogs/ConfirmDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { MergeDialogs } from '../features/merge/MergeDialogs';
import { useOpenedFiles } from '../features/import/openedFiles';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';
import { AgendaScreen } from '../features/plan/AgendaScreen';
import { useStartChosen } from '../features/plan/startScreen';
import { LogContactDialog } from '../features/plan/LogContactDialog';
import { RecoveryScreen } from '../features/safety/RecoveryScreen';
import { ReadOnlyBanner, RestoreDialog } from '../features/safety/RestoreDialog';
import { useDatabase } from '../features/safety/databaseStore';
import { Toasts } from '../features/toasts/Toasts';
import { ErrorBoundary } from './ErrorBoundary';
import { useNavigation, useSettings } from './services';
import { useDocumentPreferences } from './useDocumentPreferences';
import { useGlobalKeyboard } from './useGlobalKeyboard';

function Splash() {
  const { t } = useTranslation();
  return (
    <div className="splash" aria-busy="true">
      <span className="brand-mark brand-mark-large" aria-hidden="true" />
      <span className="muted">{t('app.loading')}</span>
    </div>
  );
}

/** The root: theme and language on <html>, the screen the navigation store names (accounts, one account, portfolio), toasts and the confirm dialog. */
export function App() {
  useDocumentPreferences();
  useGlobalKeyboard();
  useOpenedFiles();
  const ready = useSettings((state) => state.ready);
  const screen = useNavigation((state) => state.screen);
  const started = useStartChosen();
  // The start check comes first: a database that failed it gets the recovery screen, never the app.
  const database = useDatabase((state) => state.status?.mode ?? null);
  if (database === 'recovery') {
    return (
      <>
        <RecoveryScreen />
        <Toasts />
      </>
    );
  }
  const body =
    screen.name === 'account' ? (
      <AccountScreen key={screen.accountId} />
    ) : screen.name === 'portfolio' ? (
      <PortfolioScreen />
    ) : screen.name === 'agenda' ? (
      <AgendaScreen />
    ) : (
      <AccountListScreen />
    );

  return (
    <>
      <ReadOnlyBanner />
      <ErrorBoundary>
        {!ready || database === null || !started ? <Splash /> : body}
      </ErrorBoundary>
      <Toasts />
      <ExportDialog />
      <ImportDialog />
      <MergeDialogs />
      <ConfirmDialog />
      <RestoreDialog />
      <LogContactDialog />
    </>
  );
}
