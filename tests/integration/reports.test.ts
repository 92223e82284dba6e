import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { reports, templates, timelineEntries } from "@/db/schema";
import { DomainError, FeatureDisabledError, StaleEditError } from "@/lib/errors";
import { amountTotals } from "@/lib/reports/amounts";
import { exportReportsCsv } from "@/lib/reports/export";
import { EMPTY_REPORT_FILTER, type ReportFilter } from "@/lib/reports/model/filter";
import { listReports } from "@/lib/reports/list";
import { deleteReport, updateReport } from "@/lib/reports/mutations";
import { getReport } from "@/lib/reports/queries";
import { asUser, createUser } from "./helpers/factories";
import {
  insertOrganization,
  insertPlainCustomers,
  reportTemplatesByName,
  setOrganizationsFeature,
  unique,
  writeReport,
} from "./helpers/report-factories";

const filter = (patch: Partial<ReportFilter>): ReportFilter => ({ ...EMPTY_REPORT_FILTER, ...patch });
const ids = async (user: { id: number }, f: ReportFilter) => (await asUser(user, () => listReports(f, { page: 1 }))).rows.map((r) => r.id);

describe("reports", () => {
  it("writes a 商談記録 for a customer: the signed-in user is its author, 商談額 is whole yen, the timeline has it", async () => {
    const user = await createUser({ name: "山田 太郎" });
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const { id } = await writeReport(user, customer!.id, {
      occurredAt: "2026-04-01T10:30",
      values: { dealAmount: "50,000", content: "プラン提案" },
    });
    const { report, template, authorName } = await asUser(user, () => getReport(id));
    expect(template.name).toBe("商談記録");
    expect(report).toMatchObject({
      customerId: customer!.id,
      authorId: user.id,
      version: 1,
      fields: { dealAmount: 50000, content: "プラン提案" },
    });
    expect(report.occurredAt.toISOString()).toBe("2026-04-01T01:30:00.000Z"); // 10:30 in Tokyo
    expect(authorName).toBe("山田 太郎");
    const entries = await db
      .select()
      .from(timelineEntries)
      .where(and(eq(timelineEntries.kind, "report"), eq(timelineEntries.refId, id)));
    expect(entries).toEqual([expect.objectContaining({ customerId: customer!.id, occurredAt: report.occurredAt })]);
  });

  it("refuses missing required values, a wrong amount, an archived template and a deleted customer, in Japanese", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`青木 ${unique()}`]);
    const error = await writeReport(user, customer!.id, { values: { content: "", dealAmount: "五万" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(
      expect.arrayContaining(["content:内容は必須です", "dealAmount:金額を半角数字で入力してください"]),
    );
    await expect(writeReport(user, 2_000_000_000)).rejects.toThrow(DomainError);
    const byName = await reportTemplatesByName();
    await db.update(templates).set({ archivedAt: new Date() }).where(eq(templates.id, byName.来社履歴.id));
    try {
      await expect(writeReport(user, customer!.id, { template: "来社履歴" })).rejects.toThrow("アーカイブ");
    } finally {
      await db.update(templates).set({ archivedAt: null }).where(eq(templates.id, byName.来社履歴.id));
    }
  });

  it("edits with a version check: a stale edit is refused, values of removed fields are kept, the timeline follows", async () => {
    const user = await createUser();
    const [customer, other] = await insertPlainCustomers([`会田 ${unique()}`, `明石 ${unique()}`]);
    const { id } = await writeReport(user, customer!.id);
    await db
      .update(reports)
      .set({ fields: { meetingAt: "2026-04-01T10:00", content: "旧", oldField: "残す" } })
      .where(eq(reports.id, id));
    const input = {
      id,
      version: 1,
      customerId: other!.id,
      occurredAt: "2026-05-02T09:00",
      title: "2回目",
      values: { meetingAt: "2026-05-02T09:00", content: "新しい内容", dealAmount: 120000 },
    };
    expect(await asUser(user, () => updateReport(input))).toEqual({ version: 2, customerId: other!.id });
    await expect(asUser(user, () => updateReport({ ...input, title: "古い画面から" }))).rejects.toThrow(StaleEditError);
    const { report } = await asUser(user, () => getReport(id));
    expect(report).toMatchObject({
      title: "2回目",
      version: 2,
      customerId: other!.id,
      fields: { content: "新しい内容", dealAmount: 120000, oldField: "残す" },
    });
    const [entry] = await db
      .select()
      .from(timelineEntries)
      .where(and(eq(timelineEntries.kind, "report"), eq(timelineEntries.refId, id)));
    expect(entry).toMatchObject({ customerId: other!.id, occurredAt: new Date("2026-05-02T00:00:00Z") });
  });

  it("deletes with a version check, and its timeline entry goes with it", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const { id } = await writeReport(user, customer!.id);
    await expect(asUser(user, () => deleteReport({ id, version: 2 }))).rejects.toThrow(StaleEditError);
    await asUser(user, () => deleteReport({ id, version: 1 }));
    await expect(asUser(user, () => getReport(id))).rejects.toThrow("報告書が見つかりません");
    expect(
      await db
        .select()
        .from(timelineEntries)
        .where(and(eq(timelineEntries.kind, "report"), eq(timelineEntries.refId, id))),
    ).toEqual([]);
  });

  it("is refused to an anonymous caller", async () => {
    await expect(asUser(null, () => listReports(EMPTY_REPORT_FILTER, { page: 1 }))).rejects.toThrow("ログインしてください");
    await expect(asUser(null, () => amountTotals({ customerId: 1 }))).rejects.toThrow("ログインしてください");
  });

  it("lists each report on its own row, newest first, filtered by template, customer, author, Tokyo days and keyword", async () => {
    const [me, colleague] = [await createUser(), await createUser()];
    const word = unique();
    const [aida, aoki] = await insertPlainCustomers([`会田 ${word}`, `青木 ${word}`]);
    const a1 = await writeReport(me, aida!.id, { occurredAt: "2026-06-01T00:10", values: { content: `見積り ${word} サンプル` } });
    const a2 = await writeReport(me, aida!.id, { occurredAt: "2026-06-02T23:50", template: "来社履歴" });
    const b1 = await writeReport(colleague, aoki!.id, { occurredAt: "2026-06-03T09:00", values: { content: "ｶﾀｶﾅﾒﾓ" } });
    const mine = [b1.id, a2.id, a1.id];
    expect(await ids(me, filter({ keyword: word }))).toEqual(mine); // by the customers' names
    expect(await ids(me, filter({ customerId: aida!.id }))).toEqual([a2.id, a1.id]);
    expect(await ids(me, filter({ authorId: colleague.id }))).toEqual([b1.id]);
    const byName = await reportTemplatesByName();
    expect(await ids(me, filter({ customerId: aida!.id, templateId: byName.来社履歴.id }))).toEqual([a2.id]);
    // Tokyo calendar days, both ends included: 06-01 00:10 and 06-02 23:50 JST, not 06-03.
    expect(await ids(me, filter({ keyword: word, from: "2026-06-01", to: "2026-06-02" }))).toEqual([a2.id, a1.id]);
    expect(await ids(me, filter({ keyword: word, from: "2026-06-03" }))).toEqual([b1.id]);
    // The report's own text, normalized: katakana finds half-width kana.
    expect(await ids(me, filter({ keyword: "カタカナメモ", customerId: aoki!.id }))).toEqual([b1.id]);
    expect(await ids(me, filter({ keyword: `みつもり${word}` }))).toEqual([]);
    expect(await ids(me, filter({ keyword: `見積り${word}` }))).toEqual([a1.id]);
    const page = await asUser(me, () => listReports(filter({ keyword: word }), { page: 2, pageSize: 2 }));
    expect(page.rows.map((r) => r.id)).toEqual([a1.id]);
    expect(page.total).toBe(3);
    expect(page.rows[0]).toMatchObject({
      templateName: "商談記録",
      customer: { id: aida!.id },
      summary: [expect.stringContaining("内容: 見積り"), expect.stringContaining("商談日時")],
    });
  });

  it("totals the amount fields per customer", async () => {
    const user = await createUser();
    const [aida, aoki] = await insertPlainCustomers([`会田 ${unique()}`, `青木 ${unique()}`]);
    await writeReport(user, aida!.id, { values: { dealAmount: 50000 } });
    await writeReport(user, aida!.id, { values: { dealAmount: "1,250,000" } });
    await writeReport(user, aida!.id); // no amount: not counted
    await writeReport(user, aoki!.id, { values: { dealAmount: 7 } });
    const totals = await asUser(user, () => amountTotals({ customerId: aida!.id }));
    expect(totals).toEqual([
      expect.objectContaining({ templateName: "商談記録", fieldKey: "dealAmount", label: "商談額", total: 1_300_000, count: 2 }),
    ]);
    const [empty] = await insertPlainCustomers([`明石 ${unique()}`]);
    expect(await asUser(user, () => amountTotals({ customerId: empty!.id }))).toEqual([expect.objectContaining({ total: 0, count: 0 })]);
  });

  it("totals an organization over its current members' reports only, and only while 顧客組織 is on", async () => {
    const user = await createUser();
    const org = await insertOrganization();
    const [aida, aoki] = await insertPlainCustomers([`会田 ${unique()}`, `青木 ${unique()}`], org);
    const [outsider] = await insertPlainCustomers([`部外 ${unique()}`]);
    await writeReport(user, aida!.id, { values: { dealAmount: 50000 } });
    await writeReport(user, aoki!.id, { template: "来社履歴" });
    await writeReport(user, outsider!.id, { values: { dealAmount: 999 } });
    expect(await asUser(user, () => amountTotals({ organizationId: org }))).toEqual([
      expect.objectContaining({ label: "商談額", total: 50000, count: 1 }),
    ]);
    await setOrganizationsFeature(false);
    try {
      await expect(asUser(user, () => amountTotals({ organizationId: org }))).rejects.toThrow(FeatureDisabledError);
    } finally {
      await setOrganizationsFeature(true);
    }
  });

  it("exports the filtered reports as CSV, a column per template field, amounts as numbers", async () => {
    const user = await createUser({ name: "出力 花子" });
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    await writeReport(user, customer!.id, { title: "=危険な件名", values: { dealAmount: 50000, content: "一行目\n二行目" } });
    const stream = await asUser(user, () => exportReportsCsv(filter({ customerId: customer!.id }), "utf8"));
    const text = (await new Response(stream).text()).replace(/^\uFEFF/, "");
    const [header, ...rest] = text.split("\r\n");
    expect(header).toContain("ID,日時,テンプレート,顧客ID,顧客名,件名,作成者,商談日時,商談額,内容");
    expect(rest.join("\r\n")).toContain(
      `商談記録,${customer!.id},${customer!.name},'=危険な件名,出力 花子,2026-04-01 10:00,50000,"一行目\n二行目"`,
    );
    await expect(asUser(null, () => exportReportsCsv(EMPTY_REPORT_FILTER, "utf8"))).rejects.toThrow("ログインしてください");
  });
});
