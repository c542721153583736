/** Where the main process writes what it refused: the console in the app, a list in tests. */
export type SecurityLog = (message: string) => void;

/** Long enough to recognise a page, short enough that a hostile URL cannot flood the log. */
const MAX_LOGGED_URL = 200;

export function quoteUrl(url: string): string {
  return JSON.stringify(url.length > MAX_LOGGED_URL ? `${url.slice(0, MAX_LOGGED_URL)}...` : url);
}
