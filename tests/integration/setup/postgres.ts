import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import "./next-mocks";
import { adminConnection, databaseUrl } from "./postgres-admin";

const base = process.env.TEST_DATABASE_URL ?? "";
const template = inject("postgresTemplate");
const name = `${template}_f_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = databaseUrl(base, name);

beforeAll(async () => {
  const admin = adminConnection(base);
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
});

afterAll(async () => {
  const { closeDatabase } = await import("@/db/client");
  await closeDatabase();
  const admin = adminConnection(base);
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});
