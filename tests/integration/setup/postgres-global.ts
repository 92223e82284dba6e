import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { adminConnection, databaseUrl } from "./postgres-admin";

/**
 * Migrates one template database per run; every test file then gets a copy of it
 * (CREATE DATABASE … TEMPLATE is a file copy, much faster than migrating again).
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL ?? "";
  const template = `crm_test_tpl_${randomBytes(4).toString("hex")}`;
  const admin = adminConnection(base);
  try {
    await createTemplate(base, template, admin);
  } catch (error) {
    await admin.unsafe(`drop database if exists ${template} with (force)`).catch(() => {});
    await admin.end();
    throw error;
  }
  project.provide("postgresTemplate", template);

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname = ${template} or datname like ${`${template}_f_%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}

async function createTemplate(base: string, template: string, admin: ReturnType<typeof adminConnection>) {
  // A UTF-8 LC_CTYPE: pg_trgm extracts no trigrams from Japanese under the C locale.
  await admin.unsafe(`create database ${template} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);

  process.env.DATABASE_URL = databaseUrl(base, template);
  const { migrateDatabase } = await import("@/db/migrate");
  const { closeDatabase } = await import("@/db/client");
  await migrateDatabase();
  await closeDatabase();
  delete process.env.DATABASE_URL;
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresTemplate: string;
  }
}
