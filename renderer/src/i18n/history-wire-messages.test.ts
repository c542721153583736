import { describe, expect, it } from 'vitest';
import { i18next, initI18n } from './index';

/** The history's keyed refusals (issue 12) read in both languages, by the keys the main process sends. */
describe('history refusal messages', () => {
  it.each(['history.contradicts', 'merge.differentAccount', 'merge.choicesDoNotFit'])('%s is told in English and 简体中文', (key) => {
    initI18n('en');
    const english = i18next.t(key);
    expect(english).toMatch(/Nothing was written/);
    void i18next.changeLanguage('zh-CN');
    const chinese = i18next.t(key);
    expect(chinese).toMatch(/未写入任何内容/);
    expect(chinese).not.toBe(english);
  });
});
