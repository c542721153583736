import { ATTITUDES, DRIVERS, LAYERS, ROLES, type Attitude, type Driver, type IsoDate, type Layer, type Role } from '../model';
import { foldTraditional, normalizeKey } from './normalize';

/**
 * A cell's text as a field value, in the words a KAM's sheet uses: the app's own keys, English labels,
 * 简体/繁體 labels, and numbers where the field has a scale. `undefined` means the text is not a value
 * of the field (the preview shows a problem); an empty cell never reaches these.
 */

const key = (text: string) => foldTraditional(normalizeKey(text)).replace(/[()（）+\-−_]/g, '');

function lookup<T extends string>(words: Record<string, T>): (text: string) => T | undefined {
  const table = new Map(Object.entries(words).map(([word, value]) => [key(word), value]));
  return (text) => table.get(key(text));
}

const keysOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<string, T>;

const layerWord = lookup<Layer>({
  ...keysOf(LAYERS),
  'image layer': 'image',
  'decision layer': 'decision',
  'implementation layer': 'implementation',
  'user layer': 'user',
  形象层: 'image',
  形象: 'image',
  决策层: 'decision',
  决策: 'decision',
  实施层: 'implementation',
  实施: 'implementation',
  使用层: 'user',
  使用: 'user',
});

export const parseLayer = (text: string): Layer | undefined => layerWord(text);

const attitudeWord = lookup<Attitude>({
  ...keysOf(ATTITUDES),
  '2': 'champion',
  '1': 'supporter',
  '0': 'neutral',
  '-1': 'skeptic',
  '-2': 'opponent',
  '+2': 'champion',
  '+1': 'supporter',
  sceptic: 'skeptic',
  拥护者: 'champion',
  拥护: 'champion',
  支持者: 'supporter',
  支持: 'supporter',
  中立: 'neutral',
  怀疑者: 'skeptic',
  怀疑: 'skeptic',
  反对者: 'opponent',
  反对: 'opponent',
  未知: 'unknown',
});

export function parseAttitude(text: string): Attitude | undefined {
  // "+2", "−1" and "supporter (+1)" alike: the sign matters for numbers, so look at the raw text first.
  const trimmed = text.trim().replace('−', '-');
  const numeric = /^([+-]?\d)(\.0+)?$/.exec(trimmed);
  if (numeric) return ({ '2': 'champion', '+2': 'champion', '1': 'supporter', '+1': 'supporter', '0': 'neutral', '-1': 'skeptic', '-2': 'opponent' } as Record<string, Attitude>)[numeric[1] as string];
  return attitudeWord(trimmed.replace(/\s*[(（].*[)）]\s*$/, ''));
}

const roleWord = lookup<Role>({
  ...keysOf(ROLES),
  'decision maker': 'decisionMaker',
  'economic buyer': 'decisionMaker',
  influencer: 'influencer',
  coach: 'coach',
  champion: 'coach',
  user: 'user',
  'technical gatekeeper': 'technicalGatekeeper',
  'technical buyer': 'technicalGatekeeper',
  'financial gatekeeper': 'financialGatekeeper',
  purchaser: 'purchaser',
  procurement: 'purchaser',
  initiator: 'initiator',
  evaluator: 'evaluator',
  决策者: 'decisionMaker',
  决策人: 'decisionMaker',
  影响者: 'influencer',
  影响人: 'influencer',
  教练: 'coach',
  内线: 'coach',
  使用者: 'user',
  用户: 'user',
  技术把关者: 'technicalGatekeeper',
  财务把关者: 'financialGatekeeper',
  采购: 'purchaser',
  发起者: 'initiator',
  评估者: 'evaluator',
});

/** Roles listed with , ; 、 / or |; the unknown ones come back separately for the preview. */
export function parseRoles(text: string): { roles: Role[]; unknown: string[] } {
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;，；、/|]+/)) {
    if (part.trim() === '') continue;
    const role = roleWord(part);
    if (role === undefined) unknown.push(part.trim());
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, unknown };
}

const driverWord = lookup<Driver>({ ...keysOf(DRIVERS), 权力: 'power', 成就: 'achievement', 赏识: 'recognition', 接纳: 'belonging', 安全: 'security' });
export const parseDriver = (text: string): Driver | undefined => driverWord(text);

/** A whole number in [min, max] ("3", "3.0", "３"); anything else is not one. */
export function parseScale(text: string, min: number, max: number): number | undefined {
  const value = Number(text.normalize('NFKC').trim());
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's day count (1900 system) to a date: serial 45000 is 2023-03-15. */
export function excelSerialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  // Day 0 is 1899-12-30 once Excel's fictitious 1900-02-29 is allowed for.
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A date as sheets write it: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, with or without a time;
 * 5/3/2024 or 3/5/2024 (day first when the first number cannot be a month, month first otherwise, as
 * US CRM exports write); an Excel serial number (a date column read as numbers).
 */
/** Plain ASCII is its own NFKC form; most dates are, and normalizing each of 10,000 costs. */
const isAscii = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const digitAt = (text: string, at: number) => text.charCodeAt(at) - 48;

/** "2024-03-15" as it stands: the most common form by far (CRM exports, our own), checked without a regex. */
function isPlainIsoDate(text: string): boolean {
  if (text.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 : code < 48 || code > 57) return false;
  }
  return true;
}

/** A plain ISO date read digit by digit (no substrings); undefined when it is not a real day. */
function plainIsoDate(text: string): IsoDate | undefined {
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) return undefined;
  // 29 February only in a leap year.
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  return text;
}

export function parseDate(text: string): IsoDate | undefined {
  if (isPlainIsoDate(text)) return plainIsoDate(text);
  const trimmed = (isAscii(text) ? text : text.normalize('NFKC')).trim();
  let match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(trimmed);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T\s].*)?$/.exec(trimmed);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    return first > 12 ? isoOf(Number(match[3]), second, first) : isoOf(Number(match[3]), first, second);
  }
  if (/^\d{4,6}(\.\d+)?$/.test(trimmed)) {
    const serial = Number(trimmed);
    // Serials from 1950 to 2100 only: a bare number outside that is more likely a typo than a date.
    if (serial >= 18_264 && serial <= 73_051) return excelSerialToIso(serial);
  }
  return undefined;
}
