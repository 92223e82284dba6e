import { z } from "zod";

// The same Japanese messages in the browser as on the server (react-hook-form's zodResolver).
import "@/lib/shared/validation/japanese-zod";

// Runs in the browser before the app's own code. zod compiles object parsers with
// `new Function` when it may; this app's CSP has no 'unsafe-eval', and zod's probe for it,
// though caught, is reported as a CSP violation on every page with a form. Parsing is the
// same without the compiled fast path. (zod keeps this setting on globalThis, so it holds
// for every copy of zod the bundles load.)
z.config({ jitless: true });
