import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/rows";
import { exportAuditLogCsv } from "@/lib/audit-log/export";
import { parseAuditListState } from "@/lib/audit-log/model";
import { AUDIT_PAGE_SIZE, auditLogPage } from "@/lib/audit-log/queries";
import { exportCustomersCsv } from "@/lib/customers/export";
import { customerFilter } from "@/lib/customers/model/filter";
import { setUserDisabled } from "@/lib/users/mutations";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let admin: { id: number };
let member: { id: number };

beforeAll(async () => {
  admin = await createUser({ role: "admin", name: "監査 管理者" });
  member = await createUser({ name: "一般 メンバー" });
});

async function entries(filter: Parameters<typeof auditLogPage>[0], cursor?: Parameters<typeof auditLogPage>[1]) {
  return asUser(admin, () => auditLogPage(filter, cursor));
}

async function exportEntry(entity: string) {
  const [row] = await queryRows<{ actor_id: number; diff: { rows: number; status: string; encoding: string } }>(
    sql`select actor_id, diff from audit_log where action = 'export' and entity = ${entity} order by id desc limit 1`,
  );
  return row;
}

describe("監査ログ", () => {
  it("is for admins only", async () => {
    await expect(asUser(member, () => auditLogPage({}))).rejects.toThrow("権限がありません");
    await expect(asUser(null, () => auditLogPage({}))).rejects.toThrow("ログインしてください");
    await expect(asUser(member, () => exportAuditLogCsv({}, "utf8"))).rejects.toThrow("権限がありません");
  });

  it("records who downloaded which list and how many rows, once the download ends", async () => {
    const basics = await seededCustomerBasics();
    await insertCustomers(
      Array.from({ length: 3 }, (_, i) => ({
        name: `監査 太郎${i}`,
        templateId: basics.template.id,
        statusId: basics.status["新規顧客"]!,
      })),
    );
    const stream = await asUser(member, () => exportCustomersCsv(customerFilter.parse({ keyword: "監査" }), "cp932"));
    expect(await exportEntry("customer")).toMatchObject({ actor_id: member.id, diff: { rows: 0, status: "started", encoding: "cp932" } });
    await new Response(stream).arrayBuffer();
    expect(await exportEntry("customer")).toMatchObject({ actor_id: member.id, diff: { rows: 3, status: "completed" } });
  });

  it("marks a download the reader gave up on as interrupted", async () => {
    const stream = await asUser(member, () => exportCustomersCsv(customerFilter.parse({}), "utf8"));
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    expect((await exportEntry("customer"))?.diff.status).toBe("interrupted");
  });

  it("filters by user, kind and days, and pages by id both ways", async () => {
    const target = await createUser();
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await asUser(admin, () => setUserDisabled({ userId: target.id, disabled: i % 2 === 0 }));
    }
    const accountChanges = { actorId: admin.id, kind: "account" as const };
    const first = await entries(accountChanges);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries.every((e) => e.actorId === admin.id && ["disable", "enable"].includes(e.action))).toBe(true);
    expect(first.newer).toBeNull();
    const second = await entries(accountChanges, { before: first.older! });
    expect(second.entries).toHaveLength(5);
    expect(second.older).toBeNull();
    const back = await entries(accountChanges, { after: second.newer! });
    expect(back.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));

    expect((await entries({ actorId: member.id, kind: "account" })).entries).toHaveLength(0);
    expect((await entries({ kind: "export" })).entries.every((e) => e.action === "export")).toBe(true);
    expect((await entries({ ...accountChanges, from: "2000-01-01", to: "2000-12-31" })).entries).toHaveLength(0);
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    expect((await entries({ ...accountChanges, from: today, to: today })).entries).toHaveLength(AUDIT_PAGE_SIZE);
  });

  it("reads its filter from the URL without ever failing", () => {
    expect(parseAuditListState({ user: "12", kind: "export", from: "2026-01-01", to: "x", before: "99" })).toEqual({
      filter: { actorId: 12, kind: "export", from: "2026-01-01", to: undefined },
      cursor: { before: 99, after: undefined },
    });
    expect(parseAuditListState({ user: "-1", kind: "drop table", before: "9".repeat(30), after: "\u0000" })).toEqual({
      filter: { actorId: undefined, kind: undefined, from: undefined, to: undefined },
      cursor: { before: undefined, after: undefined },
    });
  });

  it("exports the filtered entries as CSV, and records that export too", async () => {
    const stream = await asUser(admin, () => exportAuditLogCsv({ kind: "export" }, "utf8"));
    const text = Buffer.from(await new Response(stream).arrayBuffer())
      .subarray(3)
      .toString("utf8");
    const rows = parse(text, { record_delimiter: "\r\n" }) as string[][];
    expect(rows[0]).toEqual(["ID", "日時", "操作者ID", "操作者", "操作", "内容", "対象", "対象ID", "詳細(JSON)"]);
    expect(rows.slice(1).every((r) => r[4] === "export")).toBe(true);
    expect(rows.some((r) => r[3] === "一般 メンバー" && r[5]!.includes("3件"))).toBe(true);
    expect(await exportEntry("audit_log")).toMatchObject({ actor_id: admin.id, diff: { status: "completed" } });
  });
});
