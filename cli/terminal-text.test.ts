import { describe, expect, it } from 'vitest';
import { serializeAccountFile } from '../shared/exchange';
import { sampleAccount } from '../shared/exchange/testing/sample-account';
import { EXIT, runCli, type CliIo } from './main';
import { escapeForTerminal } from './terminal-text';

const ESC = '\u001b';
const BEL = '\u0007';

function printing(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {},
    readText: async (path) => files[path] ?? Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })),
    writeFile: async () => 'not written in this test',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** The sample account with a decision maker whose name would turn the terminal red and ring its bell. */
function hostileFile(): string {
  const data = sampleAccount();
  const chen = data.people.find((person) => person.name === 'Chen Jie')!;
  chen.name = `Chen ${ESC}[31mJie${BEL}`;
  data.account.name = `East Steel${ESC}]0;owned${BEL}\rline`;
  return serializeAccountFile(data, '2026-11-22T10:00:00.000Z');
}

describe('escapeForTerminal', () => {
  it('shows control characters as visible escapes and leaves text alone', () => {
    expect(escapeForTerminal(`a${ESC}[2Jb${BEL}c\u009bd\u007fe`)).toBe('a\\u001b[2Jb\\u0007c\\u009bd\\u007fe');
    expect(escapeForTerminal('王总 — Chen Jie 😀')).toBe('王总 — Chen Jie 😀');
    expect(escapeForTerminal('one\ntwo\tthree\r')).toBe('one\\u000atwo\\u0009three\\u000d');
    expect(escapeForTerminal('one\ntwo\tthree\r', { keepLineBreaks: true })).toBe('one\ntwo\tthree\\u000d');
  });
});

describe('power-map analyze prints names from a file without obeying their control characters', () => {
  it('escapes ESC, BEL and CR in the report', async () => {
    const run = printing({ 'hostile.powermap': hostileFile() });
    expect(await runCli(['analyze', 'hostile.powermap', '--today', '2026-11-22'], run.io)).toBe(EXIT.ok);
    const text = run.out();
    expect(text).toContain('Chen \\u001b[31mJie\\u0007 is a decision maker and skeptical toward us');
    expect(text.startsWith('East Steel\\u001b]0;owned\\u0007\\u000dline — Power map analysis')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('keeps --json output parseable and gives back the true name', async () => {
    const run = printing({ 'hostile.powermap': hostileFile() });
    expect(await runCli(['analyze', 'hostile.powermap', '--json', '--today', '2026-11-22'], run.io)).toBe(EXIT.ok);
    expect(run.out()).not.toContain(ESC);
    const printed = JSON.parse(run.out()) as { account: { name: string } };
    expect(printed.account.name).toBe(`East Steel${ESC}]0;owned${BEL}\rline`);
  });

  it('escapes a file name in an error message', async () => {
    const run = printing({});
    expect(await runCli(['analyze', `gone${ESC}[2J.powermap`], run.io)).toBe(EXIT.badFile);
    expect(run.err()).toBe('No such file: gone\\u001b[2J.powermap');
  });
});

describe('power-map --today', () => {
  it.each(['2026-02-30', '2026-13-45'])('refuses %s, a day that does not exist', async (day) => {
    const run = printing({ 'a.powermap': serializeAccountFile(sampleAccount(), '2026-11-22T10:00:00.000Z') });
    expect(await runCli(['analyze', 'a.powermap', '--today', day], run.io)).toBe(EXIT.usage);
    expect(run.err()).toBe(`--today must be a date as YYYY-MM-DD, got "${day}".`);
  });
});
