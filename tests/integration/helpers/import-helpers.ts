import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { db } from "@/db/client";
import { features, templates } from "@/db/schema";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { settleImportRuns } from "@/lib/imports/background";
import type { ConfigureImportInput } from "@/lib/imports/model";
import { getImportJob } from "@/lib/imports/jobs";
import { autoMapping, importTargets, type ImportKind } from "@/lib/imports/model";
import { cancelImport, commitImport, configureImport } from "@/lib/imports/mutations";
import { receiveUpload } from "@/lib/imports/upload";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { asUser } from "./factories";

export const FIXTURES = path.resolve(__dirname, "../../fixtures");

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

/** A fixture's records as the test itself decodes them (header first). */
export function fixtureRecords(name: string, encoding: "utf8" | "cp932"): string[][] {
  return parse(iconv.decode(fixtureBytes(name), encoding), { relax_column_count: true }) as string[][];
}

export const cp932 = (text: string) => iconv.encode(text, "cp932");

/** The seeded templates and lists, with 顧客組織 on or off. */
export async function importWorld(organizations = true) {
  await ensureSeededTemplates(db);
  await ensureSeededCustomerSettings(db);
  await db
    .insert(features)
    .values({ key: "organizations", enabled: organizations })
    .onConflictDoUpdate({ target: features.key, set: { enabled: organizations } });
  const byKind = async (kind: ImportKind) =>
    (await db.select().from(templates).where(eq(templates.kind, kind)).orderBy(asc(templates.id)).limit(1))[0]!;
  return { organizationTemplate: await byKind("organization"), customerTemplate: await byKind("customer") };
}

/** Streams bytes to the upload in small pieces, as a request body arrives. */
async function* pieces(bytes: Uint8Array, size = 1000): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export function upload(user: { id: number }, kind: ImportKind, bytes: Uint8Array, fileName = "test.csv") {
  return asUser(user, () => receiveUpload({ kind, fileName, body: pieces(bytes) }));
}

type Choices = Omit<ConfigureImportInput, "jobId" | "templateId" | "columns"> & { templateId?: number; columns?: string[] };

/** Uploads, maps the columns automatically (unless given) and waits for the dry run. */
export async function uploadAndPreview(user: { id: number }, kind: ImportKind, bytes: Uint8Array, choices: Partial<Choices> = {}) {
  const world = await importWorld();
  const job = await upload(user, kind, bytes);
  const template = kind === "customer" ? world.customerTemplate : world.organizationTemplate;
  const columns = choices.columns ?? autoMapping(kind, job.headers, importTargets(kind, template.fields, true));
  await asUser(user, () =>
    configureImport({ duplicateMode: "create", ...choices, templateId: choices.templateId ?? template.id, columns, jobId: job.id }),
  );
  await settleImportRuns();
  return asUser(user, () => getImportJob(job.id));
}

export async function commitAndWait(user: { id: number }, jobId: string, skipErrorRows = false) {
  await asUser(user, () => commitImport({ jobId, skipErrorRows }));
  await settleImportRuns();
  return asUser(user, () => getImportJob(jobId));
}

export const cancel = (user: { id: number }, jobId: string) => asUser(user, () => cancelImport({ jobId }));

/**
 * For the authorization matrix: customer-import jobs of `owner` (no feature flag involved),
 * one waiting for its mapping and one whose dry run is done, with what their actions need.
 */
export async function importJobsForMatrix(owner: { id: number }) {
  const { customerTemplate } = await importWorld();
  const csv = Buffer.from("氏名,検索用キーワード\n権限 確認,けんげん\n", "utf8");
  const uploaded = await upload(owner, "customer", csv);
  const validated = await uploadAndPreview(owner, "customer", csv);
  return { uploadedId: uploaded.id, validatedId: validated.id, templateId: customerTemplate.id, columns: ["name", "searchKeywords"] };
}
