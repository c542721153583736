/**
 * One copy of each equal text within one read. 10,000 people and 20,000 links name the same account,
 * kind, layer, day or person again and again; read as they come, each is a string of its own, which the
 * garbage collector copies as the read is kept (a fifth to a quarter of the agenda's first read of the day
 * went to collecting). Looking a text up cost less than keeping its copies, measured on that read.
 */
export interface TextPool {
  /** The pool's copy of `text`. */
  text(text: string): string;
  /** A column's value as read: a text shared, anything else as it is (null for none). */
  value(value: unknown): unknown;
}

export function createTextPool(): TextPool {
  const texts = new Map<string, string>();
  const text = (value: string): string => {
    const kept = texts.get(value);
    if (kept !== undefined) return kept;
    texts.set(value, value);
    return value;
  };
  return { text, value: (value) => (typeof value === 'string' ? text(value) : (value ?? null)) };
}
