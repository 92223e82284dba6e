import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const integration = (name: string, setupFile: string, extra: Partial<TestProjectInlineConfiguration["test"]> = {}) =>
  ({
    extends: true,
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      setupFiles: [setupFile],
      // Each file gets its own database; PGlite's first open costs a few seconds.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...extra,
    },
  }) satisfies TestProjectInlineConfiguration;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // lib/ server modules import "server-only", which throws outside Next's react-server
      // bundles; tests run them in Node like the server does.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      integration("integration-pglite", "tests/integration/setup/pglite.ts"),
      // Real PostgreSQL only when CI (or you) point TEST_DATABASE_URL at a server.
      ...(process.env.TEST_DATABASE_URL
        ? [
            integration("integration-postgres", "tests/integration/setup/postgres.ts", {
              globalSetup: ["tests/integration/setup/postgres-global.ts"],
            }),
          ]
        : []),
    ],
  },
});
