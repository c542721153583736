import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { i18next } from '../i18n';
import { Icon } from '../ui/icons';

interface State {
  error: Error | null;
}

/**
 * A screen that throws while drawing shows what happened and a way back instead of a blank window.
 * Edits already sent are saved; reloading reopens the app on the account list.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Power Map screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = i18next.t;
    return (
      <div className="fatal" role="alert">
        <div className="fatal-card">
          <Icon name="alert" size={28} className="fatal-icon" />
          <h1>{t('shell.crashTitle')}</h1>
          <p className="muted">{t('shell.crashBody')}</p>
          <pre className="fatal-detail">{error.message}</pre>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('shell.reload')}
          </button>
        </div>
      </div>
    );
  }
}
