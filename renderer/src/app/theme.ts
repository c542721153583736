import { useSyncExternalStore } from 'react';
import type { Theme } from '../../../shared/ipc';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The theme actually drawn: the user's choice, or the OS's when they chose "system". */
export function useEffectiveTheme(theme: Theme): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches, () => false);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
