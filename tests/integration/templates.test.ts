import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { templates } from "@/db/schema";
import { StaleEditError } from "@/lib/errors";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { archiveTemplate, createTemplate, setDefaultTemplate, updateTemplate } from "@/lib/templates/mutations";
import { getTemplate, listTemplates } from "@/lib/templates/queries";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { asUser, createUser } from "./helpers/factories";

async function adminSession() {
  const admin = await createUser({ role: "admin" });
  return <T>(fn: () => Promise<T>) => asUser(admin, fn);
}

describe("templates", () => {
  it("seeds 顧客 標準, 顧客組織 標準, 商談記録 and 来社履歴 once, each kind with one default", async () => {
    await ensureSeededTemplates(db);
    await ensureSeededTemplates(db);
    const as = await adminSession();
    const customer = await as(() => listTemplates("customer"));
    const report = await as(() => listTemplates("report"));
    expect(customer.map((t) => [t.name, t.isDefault])).toEqual([["標準", true]]);
    expect(customer[0]!.fields.map((f) => f.label)).toEqual([
      "氏名",
      "フリガナ",
      "検索用キーワード",
      "電話番号",
      "メール",
      "郵便番号",
      "住所",
      "備考",
    ]);
    expect(report.map((t) => t.name)).toEqual(["商談記録", "来社履歴"]);
    expect(report[0]!.fields.find((f) => f.label === "商談額")?.type).toBe("money");
    const organization = await as(() => listTemplates("organization"));
    expect(organization[0]!.fields.map((f) => f.label)).toEqual([
      "組織名",
      "フリガナ",
      "検索用キーワード",
      "郵便番号",
      "住所",
      "電話番号",
      "業種",
      "備考",
    ]);
  });

  it("refuses a stale edit and keeps the first admin's change", async () => {
    const as = await adminSession();
    const { id } = await as(() => createTemplate({ kind: "customer", name: "サロン用" }));
    const t = await as(() => getTemplate(id));
    const field: FieldDefinition = { key: "fav", type: "text", label: "好きな色", required: false };
    await as(() => updateTemplate({ id, version: t.version, name: "サロン用", fields: [...t.fields, field] }));
    await expect(as(() => updateTemplate({ id, version: t.version, name: "上書き", fields: t.fields }))).rejects.toBeInstanceOf(
      StaleEditError,
    );
    const after = await as(() => getTemplate(id));
    expect(after.name).toBe("サロン用");
    expect(after.fields.map((f) => f.key)).toContain("fav");
  });

  it("never lets 検索用キーワード be removed or made optional, nor a builtin's type change", async () => {
    const as = await adminSession();
    const { id } = await as(() => createTemplate({ kind: "organization", name: "取引先" }));
    const t = await as(() => getTemplate(id));
    const withoutKeywords = t.fields.filter((f) => f.key !== "searchKeywords");
    await expect(as(() => updateTemplate({ id, version: t.version, name: t.name, fields: withoutKeywords }))).rejects.toThrow(
      "「検索用キーワード」は削除できません",
    );
    const optional = t.fields.map((f) => (f.key === "searchKeywords" ? { ...f, required: false } : f));
    await expect(as(() => updateTemplate({ id, version: t.version, name: t.name, fields: optional }))).rejects.toThrow(
      "必須から外せません",
    );
    const retyped = t.fields.map((f) => (f.key === "name" ? ({ ...f, type: "email" } as FieldDefinition) : f));
    await expect(as(() => updateTemplate({ id, version: t.version, name: t.name, fields: retyped }))).rejects.toThrow(
      "種類は変更できません",
    );
  });

  it("remembers removed fields so records can still show their values", async () => {
    const as = await adminSession();
    const { id } = await as(() => createTemplate({ kind: "customer", name: "一時" }));
    const t = await as(() => getTemplate(id));
    const extra: FieldDefinition = { key: "car", type: "text", label: "車種", required: false };
    const { version } = await as(() => updateTemplate({ id, version: t.version, name: t.name, fields: [...t.fields, extra] }));
    await as(() => updateTemplate({ id, version, name: t.name, fields: t.fields }));
    const after = await as(() => getTemplate(id));
    expect(after.retiredFields).toEqual([extra]);
  });

  it("refuses a default value that its own field would refuse", async () => {
    const as = await adminSession();
    const { id } = await as(() => createTemplate({ kind: "report", name: "電話" }));
    const t = await as(() => getTemplate(id));
    const bad: FieldDefinition = { key: "zip", type: "postal", label: "郵便番号", required: false, defaultValue: "12" };
    await expect(as(() => updateTemplate({ id, version: t.version, name: t.name, fields: [bad] }))).rejects.toThrow("初期値");
  });

  it("keeps one default per kind and refuses to archive the default", async () => {
    const as = await adminSession();
    await ensureSeededTemplates(db);
    const { id } = await as(() => createTemplate({ kind: "report", name: "電話記録" }));
    await as(() => setDefaultTemplate({ id }));
    const defaults = (await db.select().from(templates)).filter((t) => t.kind === "report" && t.isDefault);
    expect(defaults.map((t) => t.id)).toEqual([id]);
    await expect(as(() => archiveTemplate({ id }))).rejects.toThrow("既定のテンプレートはアーカイブできません");
  });

  it("refuses members", async () => {
    const member = await createUser();
    await expect(asUser(member, () => createTemplate({ kind: "customer", name: "x" }))).rejects.toThrow("権限がありません");
  });
});
