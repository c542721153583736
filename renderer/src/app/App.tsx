import { useTranslation } from 'react-i18next';
import { AccountScreen } from '../features/account/AccountScreen';
import { AccountListScreen } from '../features/accounts/AccountListScreen';
import { ConfirmDialog } from '../features/dialogs/ConfirmDialog';
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

/** The root: theme and language on <html>, the screen the navigation store names, toasts and the confirm dialog. */
export function App() {
  useDocumentPreferences();
  useGlobalKeyboard();
  const ready = useSettings((state) => state.ready);
  const screen = useNavigation((state) => state.screen);

  return (
    <>
      <ErrorBoundary>
        {!ready ? <Splash /> : screen.name === 'account' ? <AccountScreen key={screen.accountId} /> : <AccountListScreen />}
      </ErrorBoundary>
      <Toasts />
      <ConfirmDialog />
    </>
  );
}
