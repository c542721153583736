/**
 * Text an XML document (an SVG, a slide) can hold. XML 1.0 forbids most control characters, and
 * PowerPoint refuses (or "repairs") a deck holding one, yet an account's text may carry them: a note pasted from a slide brings
 * PowerPoint's own soft line break (U+000B). Line breaks become newlines; the rest is dropped, as are
 * unpaired surrogates and the two non-characters XML excludes.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const SOFT_BREAKS = /[\u000B\u000C]/g;

export function xmlSafeText(text: string): string {
  return text.replace(SOFT_BREAKS, '\n').replace(FORBIDDEN, '');
}

/** A copy of `value` with every string in it (in arrays, plain objects, maps and sets) made XML-safe. */
export function withXmlSafeText<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withXmlSafeText(item)) as T;
  if (value instanceof Map) return new Map([...value].map(([key, item]) => [withXmlSafeText(key), withXmlSafeText(item)])) as T;
  if (value instanceof Set) return new Set([...value].map((item) => withXmlSafeText(item))) as T;
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withXmlSafeText(item)])) as T;
  }
  return value;
}
