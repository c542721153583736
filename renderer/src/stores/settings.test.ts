import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/model';
import type { IpcClient } from './client';
import { fakeClient } from './fakeClient';
import { createSettingsStore, localeFromSystem } from './settings';

describe('settings store', () => {
  it('follows the OS locale until the user picks a language', async () => {
    const fake = fakeClient();
    fake.setSystemLocale('zh-Hans-CN');
    const settings = createSettingsStore(fake.client, () => {});
    await settings.getState().init();
    expect(settings.getState().locale).toBe('zh-CN');
    await settings.getState().toggleLanguage();
    expect(settings.getState().locale).toBe('en');
    expect(fake.calls.filter((c) => c.channel === 'settings.set').map((c) => c.args)).toEqual([{ locale: 'en' }]);
    await settings.getState().setLocale(null);
    expect(settings.getState().locale).toBe('zh-CN');
  });

  it('persists the theme and cycles system, light, dark', async () => {
    const fake = fakeClient();
    const settings = createSettingsStore(fake.client, () => {});
    await settings.getState().init();
    expect(settings.getState().theme).toBe('system');
    await settings.getState().cycleTheme();
    expect(settings.getState().theme).toBe('light');
    await settings.getState().cycleTheme();
    expect(settings.getState().theme).toBe('dark');
    const reloaded = createSettingsStore(fake.client, () => {});
    await reloaded.getState().init();
    expect(reloaded.getState().theme).toBe('dark');
  });

  it('goes back and reports when the setting cannot be saved', async () => {
    const errors: AppError[] = [];
    const fake = fakeClient();
    await fake.client.call('settings.set', { theme: 'light' });
    const readOnly: IpcClient = {
      call: (channel, args) =>
        channel === 'settings.set' ? Promise.resolve({ ok: false, error: { code: 'io', message: 'read-only' } }) : fake.client.call(channel, args),
    };
    const settings = createSettingsStore(readOnly, (error) => errors.push(error));
    await settings.getState().init();
    await settings.getState().setTheme('dark');
    expect(settings.getState().theme).toBe('light');
    expect(errors.map((e) => e.message)).toEqual(['read-only']);
  });

  it('maps OS locales to the two languages', () => {
    expect(localeFromSystem('zh-CN')).toBe('zh-CN');
    expect(localeFromSystem('zh-TW')).toBe('zh-CN');
    expect(localeFromSystem('en-US')).toBe('en');
    expect(localeFromSystem('de-DE')).toBe('en');
  });
});
