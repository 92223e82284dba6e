import { afterAll, beforeAll } from "vitest";
import "./next-mocks";

// A fresh in-memory PGlite for every test file.
delete process.env.DATABASE_URL;
process.env.PGLITE_DATA_DIR = "memory://";

beforeAll(async () => {
  const { migrateDatabase } = await import("@/db/migrate");
  await migrateDatabase();
});

afterAll(async () => {
  const { closeDatabase } = await import("@/db/client");
  await closeDatabase();
});
