import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/*
 * Layers (README "Code layout"): app/ routes → lib/ domain → db/ tables.
 * - lib/<area>/model.ts, lib/<area>/model/**, lib/shared/**: browser-safe (no database, no server module).
 * - lib/<area>/actions.ts: the "use server" action modules; the browser gets references only.
 * - every other lib/ file is server-only (it starts with `import "server-only"`; tests/unit/layers.test.ts).
 * Each boundary below is one `@typescript-eslint/no-restricted-imports` group, so a violation
 * names the rule and says which boundary it crosses.
 */
// Import paths as regular expressions (gitignore-style groups cannot re-include a file below an excluded folder).
const SERVER_LIB = String.raw`^@/lib/(?!shared(/|$)|[\w-]+/model(/|$))`; // actions modules included
const SERVER_LIB_EXCEPT_ACTIONS = String.raw`^@/lib/(?!shared(/|$)|[\w-]+/model(/|$)|[\w-]+/actions$)`;

const noDatabase = { regex: String.raw`^@/db(/|$)`, message: "db/ is server-only: go through a lib/ query, action or model module." };
const noRoutes = { regex: String.raw`^@/app(/|$)`, message: "app/ holds routes only: move what is shared to lib/ or components/." };
const noComponents = { regex: String.raw`^@/components(/|$)`, message: "lib/ is below components/: pass data or callbacks in." };
const onlyBrowserSafeLib = {
  regex: SERVER_LIB_EXCEPT_ACTIONS,
  allowTypeImports: true,
  message: "Browser code imports only lib/shared, lib/<area>/model and lib/<area>/actions (types from anywhere).",
};
const dbOnlyModels = {
  regex: SERVER_LIB,
  message: "db/ never imports lib/ domain code; constants and types it needs live in lib/<area>/model or lib/shared.",
};
const modelOnlyModels = {
  regex: String.raw`${SERVER_LIB}|^server-only$|^\.\./`,
  message:
    "Model and shared modules are browser-safe: they import only other model/shared modules (by @/lib/… paths) and browser-safe packages.",
};
const modelFileSiblings = {
  regex: String.raw`^\./(?!model(/|$))`,
  message: "A lib/<area>/model.ts is browser-safe: its siblings are server modules.",
};

const restrict = (...patterns) => ["error", { patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { secret: _secret, ...rest } = row` drops a key on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  // 1 + 3. Components (server or client) render what pages and actions give them.
  { files: ["components/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(noDatabase, onlyBrowserSafeLib, noRoutes) } },
  // 1. A "use client" module anywhere else (app/error.tsx) is held to the same rule.
  {
    files: ["app/**", "lib/**"],
    plugins: { crm: { rules: { "client-module-imports": clientModuleImports() } } },
    rules: { "crm/client-module-imports": "error" },
  },
  // 2. db/ is the bottom layer.
  { files: ["db/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(dbOnlyModels) } },
  // 3. lib/ never reaches up.
  { files: ["lib/**"], rules: { "@typescript-eslint/no-restricted-imports": restrict(noRoutes, noComponents) } },
  // 4. Browser-safe modules stay browser-safe (options replace the lib/** ones, so they repeat them).
  {
    files: ["lib/shared/**", "lib/*/model/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(noDatabase, modelOnlyModels, noRoutes, noComponents) },
  },
  {
    files: ["lib/*/model.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(noDatabase, modelOnlyModels, modelFileSiblings, noRoutes, noComponents) },
  },
  globalIgnores([
    ".next/**",
    ".e2e/**",
    "data/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "playwright-report/**",
    "test-results/**",
    "bench/tmp/**",
  ]),
]);

/** Rule 1 for "use client" modules outside components/: no db/, and from lib/ only browser-safe modules (types allowed). */
function clientModuleImports() {
  const allowed = /^@\/lib\/(shared(\/|$)|[\w-]+\/model(\/|$)|[\w-]+\/actions$)/;
  return {
    meta: {
      type: "problem",
      schema: [],
      messages: {
        server: 'A "use client" module imports only lib/shared, lib/<area>/model and lib/<area>/actions: {{source}} is server code.',
      },
    },
    create(context) {
      const body = context.sourceCode.ast.body;
      const isClient = body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
      if (!isClient) return {};
      return {
        ImportDeclaration(node) {
          const source = node.source.value;
          const typeOnly =
            node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
          if (typeOnly) return;
          const server = /^@\/db(\/|$)/.test(source) || (/^@\/lib\//.test(source) && !allowed.test(source)) || source === "server-only";
          if (server) context.report({ node, messageId: "server", data: { source } });
        },
      };
    },
  };
}
