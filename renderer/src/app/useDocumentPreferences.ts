import { useEffect } from 'react';
import { i18next } from '../i18n';
import { useSettings } from './services';
import { useWorkshop } from '../features/workshop/workshopStore';
import { useEffectiveTheme } from './theme';

/**
 * Puts the chosen theme and language on <html>, where tokens.css and screen readers look for them. A
 * workshop draws in the projector theme whatever the user chose; leaving it brings their theme back.
 */
export function useDocumentPreferences(): 'light' | 'dark' | 'contrast' {
  const chosen = useEffectiveTheme(useSettings((state) => state.theme));
  const theme = useWorkshop((state) => state.active) ? 'contrast' : chosen;
  const locale = useSettings((state) => state.locale);

  useEffect(
    function applyTheme() {
      document.documentElement.dataset.theme = theme;
    },
    [theme],
  );

  useEffect(
    function applyLanguage() {
      document.documentElement.lang = locale;
      if (i18next.language !== locale) void i18next.changeLanguage(locale);
    },
    [locale],
  );

  return theme;
}
