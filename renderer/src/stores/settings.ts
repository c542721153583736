import { createStore } from 'zustand/vanilla';
import type { AppError } from '../../../shared/model';
import type { AnalysisSettings, Locale, Settings, Theme } from '../../../shared/ipc';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../shared/analysis/options';
import { THEMES } from '../../../shared/ipc';
import type { IpcClient } from './client';

/** The app's language for an OS locale: any Chinese locale gets 简体中文, everything else English. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface SettingsState {
  /** what the user chose; null follows the OS */
  localeSetting: Locale | null;
  systemLocale: string;
  /** the language in use */
  locale: Locale;
  theme: Theme;
  /** Thresholds of the analysis rules (DOMAIN's defaults until the user changes them). */
  analysis: AnalysisSettings;
  ready: boolean;
  init(): Promise<void>;
  setLocale(locale: Locale | null): Promise<void>;
  toggleLanguage(): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
  /** system -> light -> dark -> system */
  cycleTheme(): Promise<void>;
  setAnalysis(analysis: AnalysisSettings): Promise<void>;
}

export function createSettingsStore(client: IpcClient, onError: (error: AppError) => void, fallbackLocale = 'en') {
  return createStore<SettingsState>()((set, get) => {
    function adopt(settings: Settings) {
      const systemLocale = get().systemLocale;
      set({
        localeSetting: settings.locale,
        theme: settings.theme,
        analysis: settings.analysis,
        locale: settings.locale ?? localeFromSystem(systemLocale),
      });
    }

    /** Shows the change at once, persists it, and goes back if the main process refuses. */
    async function persist(patch: Partial<Settings>) {
      const before: Settings = { locale: get().localeSetting, theme: get().theme, analysis: get().analysis };
      adopt({ ...before, ...patch });
      const result = await client.call('settings.set', patch);
      if (result.ok) adopt(result.value);
      else {
        adopt(before);
        onError(result.error);
      }
    }

    return {
      localeSetting: null,
      systemLocale: fallbackLocale,
      locale: localeFromSystem(fallbackLocale),
      theme: 'system',
      analysis: {
        concentrationThreshold: DEFAULT_ANALYSIS_OPTIONS.concentrationThreshold,
        hiddenInfluenceQuantile: DEFAULT_ANALYSIS_OPTIONS.hiddenInfluenceQuantile,
      },
      ready: false,
      async init() {
        const [info, settings] = await Promise.all([client.call('app.info', {}), client.call('settings.get', {})]);
        if (info.ok) set({ systemLocale: info.value.systemLocale });
        else onError(info.error);
        if (settings.ok) adopt(settings.value);
        else {
          onError(settings.error);
          adopt({ locale: get().localeSetting, theme: get().theme, analysis: get().analysis });
        }
        set({ ready: true });
      },
      setLocale: (locale) => persist({ locale }),
      toggleLanguage: () => persist({ locale: get().locale === 'en' ? 'zh-CN' : 'en' }),
      setTheme: (theme) => persist({ theme }),
      cycleTheme() {
        const index = THEMES.indexOf(get().theme);
        return persist({ theme: THEMES[(index + 1) % THEMES.length]! });
      },
      setAnalysis: (analysis) => persist({ analysis }),
    };
  });
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
