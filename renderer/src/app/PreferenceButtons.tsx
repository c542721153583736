import { useTranslation } from 'react-i18next';
import { settingsStore, useSettings } from './services';
import { TID } from './testids';
import { Icon } from '../ui/icons';
import { SecurityButton } from '../features/safety/SecuritySettings';

/** Language and theme switches and the data-security settings; both screens show them in their toolbar. */
export function PreferenceButtons() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const theme = useSettings((state) => state.theme);
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost"
        data-testid={TID.toolbarLanguage}
        title={t('toolbar.language')}
        lang={other}
        onClick={() => void settingsStore.getState().toggleLanguage()}
      >
        <Icon name="globe" />
        <span>{t(`language.${other}`)}</span>
      </button>
      <button
        type="button"
        className="icon-btn"
        data-testid={TID.toolbarTheme}
        data-theme-choice={theme}
        title={t('toolbar.theme', { mode: t(`theme.${theme}`) })}
        aria-label={t('toolbar.theme', { mode: t(`theme.${theme}`) })}
        onClick={() => void settingsStore.getState().cycleTheme()}
      >
        <Icon name="theme" />
      </button>
      <SecurityButton />
    </>
  );
}
