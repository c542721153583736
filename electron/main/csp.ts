import type { AppEntry } from './app-url';

/**
 * Styles come only from the app's own CSS files: no 'unsafe-inline'. What the UI does inline is allowed
 * without it: React applies `style={...}` through the CSSOM (element.style), and Cytoscape positions its
 * canvases the same way; CSP governs style attributes in markup and <style> elements, not CSSOM writes.
 * The one <style> element anything adds is Cytoscape's, with a fixed text
 * (`.__________cytoscape_container { position: relative; }`), allowed by its hash; test/e2e/csp.spec.ts
 * walks the screens and fails on any violation. The dev server injects CSS as <style> elements, so
 * devCsp allows inline styles there only.
 */
const CYTOSCAPE_CONTAINER_STYLE = 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';

/**
 * The page's Content Security Policy as the built page carries it in a meta tag (renderer/index.html;
 * a test compares them), for the end-to-end tests' static server, which sends no headers; the app's
 * scheme sends it as a header too (protocol.ts). `frame-ancestors` is
 * ignored in a meta tag (Chromium says so on every start), so it is added only where a header is sent.
 */
export const PAGE_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self' '${CYTOSCAPE_CONTAINER_STYLE}'; img-src 'self' data: blob:; ` +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The policy sent as a header, where there is one: the page's, and nobody may frame it. */
export const PRODUCTION_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;

/**
 * The policy sent as a header by the dev server's responses. It differs from production in three ways
 * the dev server needs: the React Refresh preamble is an inline script, CSS arrives as <style>
 * elements, and hot reload talks to the server over a WebSocket on the same host.
 */
export function devCsp(devUrl: string): string {
  const { host, protocol } = new URL(devUrl);
  const socket = `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`;
  return PRODUCTION_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace(`style-src 'self' '${CYTOSCAPE_CONTAINER_STYLE}'`, "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/** The header value for a response from `url`, or null when the page's own meta tag governs. */
export function cspHeaderFor(url: string, entry: AppEntry): string | null {
  if (!/^https?:/.test(url)) return null;
  return entry.kind === 'dev' ? devCsp(entry.url) : PRODUCTION_CSP;
}
