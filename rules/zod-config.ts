/**
 * zod's settings for every schema of the checker. Imported first by the modules
 * that define schemas: zod decides whether an object schema may compile a
 * parser with `new Function` when the schema is defined, not when it parses.
 */
import { z } from 'zod';

// Extension pages and content scripts forbid eval; without this zod probes `new Function` and trips the CSP.
z.config({ jitless: true });
