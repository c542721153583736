import { useEffect } from 'react';
import { i18next } from '../i18n';
import { useSettings } from './services';
import { useEffectiveTheme } from './theme';

/** Puts the chosen theme and language on <html>, where tokens.css and screen readers look for them. */
export function useDocumentPreferences(): 'light' | 'dark' {
  const theme = useEffectiveTheme(useSettings((state) => state.theme));
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
