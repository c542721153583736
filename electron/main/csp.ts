import type { AppEntry } from './app-url';

/**
 * The page's Content Security Policy as the built page carries it in a meta tag (renderer/index.html;
 * a test compares them), because file:// responses have no headers to set. `frame-ancestors` is
 * ignored in a meta tag (Chromium says so on every start), so it is added only where a header is sent.
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The policy sent as a header, where there is one: the page's, and nobody may frame it. */
export const PRODUCTION_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;

/**
 * The policy sent as a header by the dev server's responses. It differs from production in two ways
 * the dev server needs: the React Refresh preamble is an inline script, and hot reload talks to the
 * server over a WebSocket on the same host.
 */
export function devCsp(devUrl: string): string {
  const { host, protocol } = new URL(devUrl);
  const socket = `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`;
  return PRODUCTION_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socket}`,
  );
}

/** The header value for a response from `url`, or null when the page's own meta tag governs. */
export function cspHeaderFor(url: string, entry: AppEntry): string | null {
  if (!/^https?:/.test(url)) return null;
  return entry.kind === 'dev' ? devCsp(entry.url) : PRODUCTION_CSP;
}
