import type { z } from 'zod';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a path the way a reader of JSON or TypeScript expects it: `people[3].influence`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One line per zod issue, each led by the field it concerns: `people[3].influence: Too big: ...`. */
export function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}

/**
 * Keeps a problem list small enough to show and to send across IPC: a file with 20,000 broken
 * people would otherwise produce a list nobody reads.
 */
export function capDetails(lines: readonly string[], max = 1_000): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `...and ${lines.length - max} more problems`];
}
