import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { sql } from "drizzle-orm";
import iconv from "iconv-lite";
import postgres from "postgres";
import { copyLine } from "@/bench/seed/copy-format";
import { writeOrganizationsCsv } from "./generate-cp932";

// The import pipeline end to end on a scratch database: upload (streamed into chunks),
// dry run, commit, with wall time and peak RSS per phase and progress samples during the
// commit; then COPY of the same rows (search columns derived the same way) for comparison.
//
//   tsx bench/import/run-import-bench.ts --rows 100000                 # local PostgreSQL
//   tsx bench/import/run-import-bench.ts --rows 100000 --engine pglite  # embedded
//   tsx bench/import/run-import-bench.ts --rows 1000000 --narrow        # a million rows (under 100 MB)
//
// The scratch database (crm_import_bench) is dropped afterwards unless --keep.

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    engine: { type: "string", default: "postgres" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
    database: { type: "string", default: "crm_import_bench" },
    keep: { type: "boolean", default: false },
    "skip-copy": { type: "boolean", default: false },
    narrow: { type: "boolean", default: false },
  },
});

const rows = Number(values.rows);
const work = mkdtempSync(path.join(tmpdir(), "crm-import-bench-"));
const databaseUrl = (() => {
  const url = new URL(values.server!);
  url.pathname = `/${values.database}`;
  return url.toString();
})();

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const mb = (n: number) => Math.round(n / 1024 / 1024);

async function phase<T>(name: string, results: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  peak = process.memoryUsage().rss;
  const start = performance.now();
  const value = await fn();
  results[name] = {
    seconds: Number(((performance.now() - start) / 1000).toFixed(2)),
    peakRssMb: mb(Math.max(peak, process.memoryUsage().rss)),
  };
  console.error(`${name}: ${JSON.stringify(results[name])}`);
  return value;
}

async function prepareDatabase() {
  if (values.engine === "pglite") {
    process.env.PGLITE_DATA_DIR = path.join(work, "pglite");
    delete process.env.DATABASE_URL;
    return;
  }
  const admin = postgres(values.server!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${values.database} with (force)`);
  await admin.unsafe(`create database ${values.database} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);
  await admin.end();
  process.env.DATABASE_URL = databaseUrl;
}

async function dropDatabase() {
  if (values.engine === "pglite" || values.keep) return;
  const admin = postgres(values.server!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${values.database} with (force)`);
  await admin.end();
}

/** The same rows through COPY: parse, derive the search columns, stream them in. */
async function copyBaseline(
  file: string,
  templateId: number,
  templateFields: Parameters<typeof import("@/lib/organizations/mutations").organizationColumns>[1],
) {
  const { organizationColumns } = await import("@/lib/organizations/mutations");
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await client.unsafe("truncate organizations cascade");
  const writable = await client
    .unsafe("copy organizations (template_id, name, name_kana, search_keywords, fields, search_text, search_grams, sort_key) from stdin")
    .writable();
  const keys = values.narrow
    ? ["name", "nameKana", "searchKeywords", "phone"]
    : ["name", "nameKana", "searchKeywords", "postalCode", "address", "phone", "industry", "note"];
  const parser = createReadStream(file)
    .pipe(iconv.decodeStream("cp932"))
    .pipe(parse({ from_line: 2, relax_column_count: true }));
  for await (const record of parser as AsyncIterable<string[]>) {
    const stored = Object.fromEntries(keys.map((k, i) => [k, record[i] ?? ""]).filter(([, v]) => v !== ""));
    const c = organizationColumns(stored, templateFields);
    if (!writable.write(copyLine([templateId, c.name, c.nameKana, c.searchKeywords, c.fields, c.searchText, c.searchGrams, c.sortKey]))) {
      await new Promise((resolve) => writable.once("drain", resolve));
    }
  }
  await new Promise<void>((resolve, reject) => writable.end((error?: Error | null) => (error ? reject(error) : resolve())));
  const [count] = await client.unsafe<{ n: number }[]>("select count(*)::int as n from organizations");
  await client.end();
  return count!.n;
}

async function main() {
  const results: Record<string, unknown> = { rows, engine: values.engine };
  const file = path.join(work, "organizations.csv");
  results.fileBytes = await writeOrganizationsCsv(file, rows, { narrow: values.narrow });
  await prepareDatabase();

  const { migrateDatabase } = await import("@/db/migrate");
  const { db, closeDatabase } = await import("@/db/client");
  const { features, templates, users } = await import("@/db/schema");
  const { runAs } = await import("@/lib/auth/current-user");
  const { ensureSeededTemplates } = await import("@/lib/templates/seeded");
  const { settleImportRuns } = await import("@/lib/imports/background");
  const { receiveUpload } = await import("@/lib/imports/upload");
  const { configureImport, commitImport } = await import("@/lib/imports/mutations");
  const { getImportJob } = await import("@/lib/imports/jobs");
  const { autoMapping, importTargets } = await import("@/lib/imports/model");

  await migrateDatabase();
  await ensureSeededTemplates(db);
  await db.insert(features).values({ key: "organizations", enabled: true }).onConflictDoNothing();
  const [admin] = await db
    .insert(users)
    .values({ email: "bench@example.test", name: "ベンチ", role: "admin", passwordHash: "x" })
    .returning();
  const [template] = await db
    .select()
    .from(templates)
    .where(sql`kind = 'organization'`)
    .limit(1);
  const as = <T>(fn: () => Promise<T>) => runAs(admin!.id, fn);

  const total = performance.now();
  const job = await phase("upload", results, () =>
    as(() =>
      receiveUpload({
        kind: "organization",
        fileName: "bench.csv",
        declaredSize: statSync(file).size,
        body: createReadStream(file, { highWaterMark: 256 * 1024 }),
      }),
    ),
  );
  const columns = autoMapping("organization", job.headers, importTargets("organization", template!.fields, false));
  const preview = await phase("validate", results, async () => {
    await as(() => configureImport({ jobId: job.id, templateId: template!.id, columns, duplicateMode: "skip", duplicateKey: "name" }));
    await settleImportRuns();
    return as(() => getImportJob(job.id));
  });
  results.preview = preview.preview;

  // The progress the page would show, sampled as the commit runs (as another request would).
  const progress: string[] = [];
  const done = await phase("commit", results, async () => {
    await as(() => commitImport({ jobId: job.id, skipErrorRows: false }));
    const watch = setInterval(() => {
      void as(() => getImportJob(job.id)).then(
        (j) => progress.push(`${j.phase ?? j.state}:${j.percent ?? "-"}`),
        (e: unknown) => progress.push(`error: ${String(e)}`),
      );
    }, 1000);
    await settleImportRuns();
    clearInterval(watch);
    return as(() => getImportJob(job.id));
  });
  results.totalSeconds = Number(((performance.now() - total) / 1000).toFixed(2));
  results.result = done.result;
  results.state = done.state;
  results.progressSamples = progress;
  results.message = done.message;

  if (values.engine === "postgres" && !values["skip-copy"]) {
    results.copyRows = await phase("copy", results, () => copyBaseline(file, template!.id, template!.fields));
  }
  await closeDatabase();
  console.log(JSON.stringify(results, null, 2));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    clearInterval(sampler);
    await dropDatabase();
    rmSync(work, { recursive: true, force: true });
  });
