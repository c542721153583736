import { describe, expect, it } from 'vitest';
import { formatDay, initialsOf } from './format';

describe('formatDay', () => {
  it('shows the calendar day itself, in the user language', () => {
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatDay('2026-11-22', 'zh-CN')).toBe('2026年11月22日');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});

describe('initialsOf', () => {
  it('takes first and last initials of Latin names and the first character of others', () => {
    expect(initialsOf('li wei')).toBe('LW');
    expect(initialsOf('Sam')).toBe('S');
    expect(initialsOf('王校长')).toBe('王');
    expect(initialsOf('  ')).toBe('?');
  });
});
