import { describe, expect, it } from 'vitest';
import type { ExportChoices } from './exportChoices';
import { DEFAULT_CHOICES, effectiveFormat, saveArgs, unavailableReason } from './exportChoices';
import { progressView } from './exportProgress';

const one = { accountIds: ['acc-1'] };
const portfolio = { accountIds: ['acc-1', 'acc-2', 'acc-3'], source: 'portfolio' as const };
const pick = (patch: Partial<ExportChoices>): ExportChoices => ({ ...DEFAULT_CHOICES, ...patch });

describe('export choices -> export.save', () => {
  it('starts with a crisp PPTX deck and no private fields', () => {
    expect(saveArgs(DEFAULT_CHOICES, one, 'en', 'job-1')).toEqual({
      jobId: 'job-1',
      accountIds: ['acc-1'],
      format: 'pptx',
      scale: 2,
      transparent: false,
      editable: false,
      includePrivate: false,
      locale: 'en',
    });
  });

  it('sends the PNG scale and a transparent background, and never private fields for a picture', () => {
    const args = saveArgs(pick({ format: 'png', scale: 4, background: 'transparent', includePrivate: true, mapStyle: 'shapes' }), one, 'zh-CN', 'j');
    expect(args).toMatchObject({ format: 'png', scale: 4, transparent: true, includePrivate: false, editable: false, locale: 'zh-CN' });
  });

  it('keeps SVG transparent when asked but draws PDF on white whatever was picked for PNG', () => {
    expect(saveArgs(pick({ format: 'svg', background: 'transparent' }), one, 'en', 'j')).toMatchObject({ format: 'svg', transparent: true });
    expect(saveArgs(pick({ format: 'pdf', background: 'transparent', scale: 4 }), one, 'en', 'j')).toMatchObject({ format: 'pdf', transparent: false, scale: 2 });
  });

  it('draws editable shapes and adds private fields to a deck only when the user asked', () => {
    expect(saveArgs(pick({ mapStyle: 'shapes', includePrivate: true }), one, 'en', 'j')).toMatchObject({ format: 'pptx', editable: true, includePrivate: true });
  });

  it('turns a portfolio into one deck even when a picture format was picked last time', () => {
    const choices = pick({ format: 'png' });
    expect(unavailableReason('png', portfolio)).toBe('deckOnly');
    expect(unavailableReason('pptx', portfolio)).toBeNull();
    expect(effectiveFormat(choices, portfolio)).toBe('pptx');
    expect(saveArgs(choices, portfolio, 'en', 'j')).toMatchObject({ format: 'pptx', accountIds: ['acc-1', 'acc-2', 'acc-3'] });
    // ...and the pick is still there for the next single account.
    expect(effectiveFormat(choices, one)).toBe('png');
  });

  it('a portfolio showing one account is still a deck', () => {
    expect(effectiveFormat(pick({ format: 'svg' }), { accountIds: ['acc-1'], source: 'portfolio' })).toBe('pptx');
  });

  it('refuses to send the .powermap file through the map export', () => {
    expect(() => saveArgs(pick({ format: 'powermap' }), one, 'en', 'j')).toThrow(RangeError);
  });
});

describe('progress view', () => {
  it('has no value before the first event', () => {
    expect(progressView('png', null)).toEqual({ stage: 'preparing', percent: null, done: 0, total: 0 });
  });

  it('says the deck is being built, then written, with the share done', () => {
    expect(progressView('pptx', { jobId: 'j', done: 1, total: 4 })).toMatchObject({ stage: 'building', percent: 25 });
    expect(progressView('pptx', { jobId: 'j', done: 4, total: 4 })).toMatchObject({ stage: 'writing', percent: 100 });
  });

  it('says the map is being drawn for the picture formats', () => {
    expect(progressView('pdf', { jobId: 'j', done: 1, total: 2 })).toMatchObject({ stage: 'drawing', percent: 50 });
  });
});
