import { DEFAULT_ANALYSIS_OPTIONS } from '../../../shared/analysis/options';
import { LOCALES, THEMES, analysisSettingsSchema, type Settings } from '../../../shared/ipc';
import type { PlanReminderSettings } from '../../../shared/ipc/plan-contract';
import type { Db } from '../connection';

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  theme: 'system',
  analysis: {
    concentrationThreshold: DEFAULT_ANALYSIS_OPTIONS.concentrationThreshold,
    hiddenInfluenceQuantile: DEFAULT_ANALYSIS_OPTIONS.hiddenInfluenceQuantile,
  },
};

const VALID: { [K in keyof Settings]: (stored: unknown) => boolean } = {
  locale: (stored) => stored === null || LOCALES.includes(stored as never),
  theme: (stored) => THEMES.includes(stored as never),
  analysis: (stored) => analysisSettingsSchema.safeParse(stored).success,
};

/** Keeps only values this version understands, so a hand-edited or older row falls back to the default. */
function readSetting<K extends keyof Settings>(key: K, stored: unknown): Settings[K] {
  return (VALID[key](stored) ? stored : DEFAULT_SETTINGS[key]) as Settings[K];
}

/** Remembered import mappings live beside the settings, one row per header signature. */
const IMPORT_MAPPING_PREFIX = 'import.mapping:';
/** The daily reminder's switch and the day it last showed (issue 13), in a row of its own. */
const REMINDERS_KEY = 'plan.reminders';
const DEFAULT_REMINDERS: PlanReminderSettings = { enabled: true, startOnAgenda: true, lastShownOn: null };

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export function createSettingsRepo(db: Db) {
  const statements = {
    all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings'),
    put: db.prepare<[string, string]>(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    one: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
  };
  return {
    get(): Settings {
      const stored = new Map(statements.all.all().map((row) => [row.key, parse(row.value)]));
      const settings = { ...DEFAULT_SETTINGS };
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
        if (stored.has(key)) (settings as Record<string, unknown>)[key] = readSetting(key, stored.get(key));
      }
      return settings;
    },
    put(patch: Partial<Settings>): void {
      for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
        if (patch[key] !== undefined) statements.put.run(key, JSON.stringify(patch[key]));
      }
    },
    /** The column mapping the user confirmed for files with these headers (see shared/import headerSignature). */
    importMapping(signature: string): string[] | null {
      const row = statements.one.get(IMPORT_MAPPING_PREFIX + signature);
      const stored = row ? parse(row.value) : undefined;
      return Array.isArray(stored) && stored.every((item) => typeof item === 'string') ? stored : null;
    },
    reminders(): PlanReminderSettings {
      const row = statements.one.get(REMINDERS_KEY);
      const stored = (row ? parse(row.value) : undefined) as Partial<PlanReminderSettings> | undefined;
      return {
        enabled: typeof stored?.enabled === 'boolean' ? stored.enabled : DEFAULT_REMINDERS.enabled,
        startOnAgenda: typeof stored?.startOnAgenda === 'boolean' ? stored.startOnAgenda : DEFAULT_REMINDERS.startOnAgenda,
        lastShownOn: typeof stored?.lastShownOn === 'string' ? stored.lastShownOn : null,
      };
    },
    setReminders(patch: Partial<PlanReminderSettings>): PlanReminderSettings {
      const next = { ...this.reminders(), ...patch };
      statements.put.run(REMINDERS_KEY, JSON.stringify(next));
      return next;
    },
    rememberImportMapping(signature: string, mapping: readonly string[]): void {
      statements.put.run(IMPORT_MAPPING_PREFIX + signature, JSON.stringify(mapping));
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
