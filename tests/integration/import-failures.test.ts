import { count, eq, like, sql } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { importJobChunks, importJobErrors, importJobs, organizations } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { importErrorReport } from "@/lib/imports/error-report";
import { getImportJob } from "@/lib/imports/jobs";
import { importTuning } from "@/lib/imports/model";
import { receiveUpload } from "@/lib/imports/upload";
import { asUser, createUser } from "./helpers/factories";
import { uniqueWord } from "./helpers/customer-factory";
import { cancel, commitAndWait, cp932, fixtureBytes, importWorld, upload, uploadAndPreview } from "./helpers/import-helpers";

const defaults = { ...importTuning };
afterEach(() => Object.assign(importTuning, defaults, { beforeApplyBatch: undefined }));

/** n organization rows named <prefix>-<i>, CP932 like Excel's. */
function organizationsCsv(prefix: string, n: number, extra = ""): Buffer {
  const lines = ["組織名,フリガナ,検索用キーワード,備考"];
  for (let i = 1; i <= n; i++) lines.push(`${prefix}-${i},カブシキガイシャ,${prefix} ㈱,"備考①, ""引用"" 付き\n2行目"`);
  return cp932(lines.join("\r\n") + "\r\n" + extra);
}

const countNamed = async (prefix: string) =>
  (
    await db
      .select({ n: count() })
      .from(organizations)
      .where(like(organizations.name, `${prefix}-%`))
  )[0]!.n;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  return Buffer.concat(parts);
}

describe("a file that is not valid CSV", () => {
  it("an unclosed quote late in the file fails the dry run with its line, and writes nothing", async () => {
    const user = await createUser();
    const prefix = uniqueWord();
    const job = await uploadAndPreview(
      user,
      "organization",
      organizationsCsv(prefix, 30, `${prefix}-x,カナ,"閉じていない引用符,備考\r\n${prefix}-y,カナ,k,v\r\n`),
    );
    expect(job.state).toBe("failed");
    // 1 header line + 30 rows of 2 lines each: the broken row starts on line 62.
    expect(job.message).toBe(
      'CSV の形式が正しくありません: ファイルの62行目から始まる値の引用符(")が閉じられていません。ファイルの終わりまで閉じる引用符が見つかりませんでした。\nデータは何も登録されていません。ファイルを直してから、もう一度選んでください。',
    );
    expect(job).toMatchObject({ failedPhase: "validate", fileUnreadable: true });
    expect(job.errors).toEqual([]);
    expect(await countNamed(prefix)).toBe(0);
    expect((await db.select({ n: count() }).from(importJobErrors).where(eq(importJobErrors.jobId, job.id)))[0]!.n).toBe(0);
    await expect(commitAndWait(user, job.id)).rejects.toThrow("登録できる状態ではありません");
    expect(await countNamed(prefix)).toBe(0);
  });

  it("an unclosed quote in the first rows is refused at upload, leaving no job", async () => {
    const user = await createUser();
    await importWorld();
    const error = await upload(user, "organization", cp932('組織名,検索用キーワード\r\n"株式会社,壊れた\r\n')).catch((e: unknown) => e);
    expect(String(error)).toContain('ファイルの2行目から始まる値の引用符(")が閉じられていません');
    expect((await db.select({ n: count() }).from(importJobs).where(eq(importJobs.createdBy, user.id)))[0]!.n).toBe(0);
  });

  it("refuses Excel workbooks, empty files and files over 100 MB with Japanese messages", async () => {
    const user = await createUser();
    await importWorld();
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    await expect(upload(user, "organization", xlsx)).rejects.toThrow("Excel ファイル(.xlsx / .xls)は読み込めません");
    await expect(upload(user, "organization", Buffer.alloc(0))).rejects.toThrow("ファイルが空です");
    const huge = asUser(user, () =>
      receiveUpload({ kind: "organization", fileName: "big.csv", declaredSize: 101 * 1024 * 1024, body: (async function* () {})() }),
    );
    await expect(huge).rejects.toThrow("100 MB までの CSV ファイル");
  });
});

describe("all or nothing", () => {
  it("a failure injected in the middle of the commit transaction writes nothing; a retry then imports everything", async () => {
    const user = await createUser();
    const prefix = uniqueWord();
    Object.assign(importTuning, { rowsPerBatch: 7, rowsPerApply: 10 });
    const preview = await uploadAndPreview(user, "organization", organizationsCsv(prefix, 45));
    expect(preview.preview).toEqual({ created: 45, updated: 0, skipped: 0, errors: 0 });
    const before = (await db.select({ n: count() }).from(organizations))[0]!.n;

    let reached = -1;
    importTuning.beforeApplyBatch = async (index) => {
      reached = index;
      // Rows of the first windows are already inserted inside the transaction by now.
      if (index === 3) throw new Error("injected failure");
    };
    const failed = await commitAndWait(user, preview.id);
    expect(reached).toBe(3);
    expect(failed).toMatchObject({ state: "failed", failedPhase: "commit" });
    expect(failed.message).toContain("データは何も登録されていません");
    expect(await countNamed(prefix)).toBe(0);
    expect((await db.select({ n: count() }).from(organizations))[0]!.n).toBe(before);

    importTuning.beforeApplyBatch = undefined;
    const done = await commitAndWait(user, preview.id);
    expect(done).toMatchObject({ state: "done", result: { created: 45 } });
    expect(await countNamed(prefix)).toBe(45);
    const [note] = await db
      .select({ note: sql<string>`fields->>'note'` })
      .from(organizations)
      .where(eq(organizations.name, `${prefix}-7`));
    expect(note!.note).toBe('備考①, "引用" 付き\n2行目');
  });

  it("the job outlives its run: a fresh read sees it, and a run that stopped shows as interrupted and can run again", async () => {
    const user = await createUser();
    const prefix = uniqueWord();
    const preview = await uploadAndPreview(user, "organization", organizationsCsv(prefix, 5));
    // A server died while committing: the job says committing, but nothing reports progress.
    await db.execute(sql`update import_jobs set state = 'committing', updated_at = now() - interval '10 minutes' where id = ${preview.id}`);
    const [row] = await db.select().from(importJobs).where(eq(importJobs.id, preview.id));
    expect(row).toMatchObject({ state: "committing", totalRows: 5, errorCount: 0, fileName: "test.csv", encoding: "cp932" });
    const seen = await asUser(user, () => getImportJob(preview.id));
    expect(seen).toMatchObject({ state: "interrupted", failedPhase: "commit", preview: { created: 5 } });
    expect(seen.message).toContain("もう一度実行してください");

    const done = await commitAndWait(user, preview.id);
    expect(done).toMatchObject({ state: "done", result: { created: 5 } });
    expect(await countNamed(prefix)).toBe(5);
    // The file is released once the job is done.
    expect((await db.select({ n: count() }).from(importJobChunks).where(eq(importJobChunks.jobId, preview.id)))[0]!.n).toBe(0);
    await expect(commitAndWait(user, preview.id)).rejects.toThrow("登録できる状態ではありません");
  });

  it("a cancelled job drops its file and cannot be committed", async () => {
    const user = await createUser();
    const preview = await uploadAndPreview(user, "organization", organizationsCsv(uniqueWord(), 3));
    expect((await cancel(user, preview.id)).state).toBe("cancelled");
    expect((await db.select({ n: count() }).from(importJobChunks).where(eq(importJobChunks.jobId, preview.id)))[0]!.n).toBe(0);
    await expect(commitAndWait(user, preview.id)).rejects.toThrow("登録できる状態ではありません");
  });
});

describe("errors and access", () => {
  it("lists the first errors with their rows and offers every error as CSV (UTF-8 with BOM or CP932)", async () => {
    const user = await createUser();
    const prefix = uniqueWord();
    const csv = cp932(`組織名,検索用キーワード,郵便番号\r\n${prefix}-1,k,100-0001\r\n${prefix}-2,,1234\r\n`);
    const preview = await uploadAndPreview(user, "organization", csv);
    expect(preview.errors).toEqual([
      { row: 3, column: "検索用キーワード", message: "検索用キーワードは必須です" },
      { row: 3, column: "郵便番号", message: "郵便番号は7桁で入力してください(例: 123-4567)" },
    ]);
    const utf8 = await asUser(user, () => importErrorReport(preview.id, "utf8"));
    expect(utf8.fileName).toBe("test-エラー.csv");
    const text = (await readAll(utf8.body)).toString("utf8");
    expect(text).toBe(
      "\uFEFF行番号,列,エラー内容\r\n3,検索用キーワード,検索用キーワードは必須です\r\n3,郵便番号,郵便番号は7桁で入力してください(例: 123-4567)\r\n",
    );
    const sjis = await asUser(user, () => importErrorReport(preview.id, "cp932"));
    expect(iconv.decode(await readAll(sjis.body), "cp932")).toContain("3,検索用キーワード,検索用キーワードは必須です");
  });

  it("shows a job to its owner and admins only, and organization imports only while 顧客組織 is on", async () => {
    const owner = await createUser();
    const other = await createUser();
    const admin = await createUser({ role: "admin" });
    const preview = await uploadAndPreview(owner, "organization", fixtureBytes("organizations-utf8-bom.csv"));
    await expect(asUser(other, () => getImportJob(preview.id))).rejects.toBeInstanceOf(NotFoundError);
    expect((await asUser(admin, () => getImportJob(preview.id))).id).toBe(preview.id);
    await expect(asUser(null, () => getImportJob(preview.id))).rejects.toThrow("ログインしてください");

    await importWorld(false);
    await expect(asUser(owner, () => getImportJob(preview.id))).rejects.toThrow("「顧客組織」機能は無効");
    await expect(upload(owner, "organization", fixtureBytes("organizations-utf8-bom.csv"))).rejects.toThrow("「顧客組織」機能は無効");
    await importWorld(true);
  });
});
