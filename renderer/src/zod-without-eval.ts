import { z } from 'zod';

/**
 * The page's CSP forbids eval. Unless told otherwise, zod probes for it with `new Function` when a
 * schema is built, and the browser reports each probe as a violation. Parsing is the same either way;
 * only zod's compiled fast path is skipped. Imported first by main.tsx, before any schema exists.
 */
z.config({ jitless: true });
