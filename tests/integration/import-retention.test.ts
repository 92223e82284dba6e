import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { expireAbandonedUploads } from "@/lib/imports/retention";
import { importTuning, UPLOAD_RETENTION_HOURS } from "@/lib/imports/model";
import { receiveUpload } from "@/lib/imports/upload";
import { asUser, createUser } from "./helpers/factories";

const defaultQuota = importTuning.pendingBytesPerUser;
afterEach(() => {
  importTuning.pendingBytesPerUser = defaultQuota;
});

/** A CSV of about `bytes` bytes, sent in 64 kB pieces as a browser would. */
function csvOf(bytes: number): AsyncIterable<Uint8Array> {
  const line = "会田 一郎,あいだ,東京都千代田区1-2-3\n";
  const text = `氏名,検索用キーワード,住所\n${line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))}`;
  const data = Buffer.from(text);
  return (async function* () {
    for (let i = 0; i < data.length; i += 64 * 1024) yield data.subarray(i, i + 64 * 1024);
  })();
}

const upload = (user: { id: number }, bytes: number) =>
  asUser(user, () => receiveUpload({ kind: "customer", fileName: "a.csv", body: csvOf(bytes) }));

async function chunkBytes(jobId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    sql`select coalesce(sum(length(data)), 0)::int as n from import_job_chunks where job_id = ${jobId}`,
  );
  return row!.n;
}

describe("abandoned uploads", () => {
  it("lose their files after the retention time; the job stays, cancelled, saying why", async () => {
    const member = await createUser();
    const uploaded = await upload(member, 50_000);
    const validatedButNotCommitted = await upload(member, 50_000);
    await db.execute(sql`update import_jobs set state = 'validated' where id = ${validatedButNotCommitted.id}`);
    const recent = await upload(member, 50_000);
    await db.execute(
      sql`update import_jobs set updated_at = now() - make_interval(hours => ${UPLOAD_RETENTION_HOURS + 1}) where id in (${uploaded.id}, ${validatedButNotCommitted.id})`,
    );

    await expireAbandonedUploads();
    for (const job of [uploaded, validatedButNotCommitted]) {
      expect(await chunkBytes(job.id)).toBe(0);
      const [row] = await queryRows<{ state: string; message: string }>(sql`select state, message from import_jobs where id = ${job.id}`);
      expect(row).toMatchObject({ state: "cancelled", message: expect.stringContaining("ファイルを削除しました") });
    }
    expect(await chunkBytes(recent.id)).toBeGreaterThan(0);
  });

  it("count against a per-user limit of waiting bytes, with a clear message at the limit", async () => {
    importTuning.pendingBytesPerUser = 2_500_000;
    const member = await createUser();
    await upload(member, 1_000_000);
    await upload(member, 1_000_000);
    await expect(upload(member, 1_000_000)).rejects.toThrow(/インポート待ちのファイルが合計\d+ MBに達しています/);
    // Nothing of the refused file stays; another user is not affected.
    const [row] = await queryRows<{ n: number }>(sql`select count(*)::int as n from import_jobs where created_by = ${member.id}`);
    expect(row!.n).toBe(2);
    expect((await upload(await createUser(), 1_000_000)).state).toBe("uploaded");
  });

  it("hold the limit against parallel uploads of one user", async () => {
    importTuning.pendingBytesPerUser = 3_500_000;
    const member = await createUser();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => upload(member, 1_000_000)));
    const [row] = await queryRows<{ bytes: number }>(
      sql`select coalesce(sum(file_size), 0)::int as bytes from import_jobs where created_by = ${member.id}`,
    );
    expect(row!.bytes).toBeLessThanOrEqual(3_500_000);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
  });
});
