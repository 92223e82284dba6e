import { asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, customerClasses, customerStatusChanges, organizations, statuses, tags, timelineEntries } from "@/db/schema";
import { createOrganization } from "@/lib/organizations/mutations";
import { asUser, createUser } from "./helpers/factories";
import { createTag, uniqueWord } from "./helpers/customer-factory";
import { commitAndWait, fixtureBytes, fixtureRecords, importWorld, upload, uploadAndPreview } from "./helpers/import-helpers";
import { configureImport } from "@/lib/imports/mutations";

async function importOrganizations(file: string) {
  const user = await createUser();
  const preview = await uploadAndPreview(user, "organization", fixtureBytes(file));
  expect(preview).toMatchObject({ state: "validated", errorCount: 0 });
  return commitAndWait(user, preview.id);
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("customer import of the fixture", () => {
  it("customers-cp932.csv: names with 髙 and 﨑, status, class, tags, 重要 and 所属組織 by name", async () => {
    await importOrganizations("organizations-utf8-bom.csv");
    const user = await createUser();
    const [, ...rows] = fixtureRecords("customers-cp932.csv", "cp932");
    const preview = await uploadAndPreview(user, "customer", fixtureBytes("customers-cp932.csv"));
    expect(preview.options?.columns).toEqual([
      "name",
      "nameKana",
      "searchKeywords",
      "@organization",
      "@status",
      "@class",
      "@tags",
      "@important",
      "phone",
    ]);
    expect(preview).toMatchObject({ state: "validated", errorCount: 0, preview: { created: rows.length, errors: 0 } });
    const done = await commitAndWait(user, preview.id);
    expect(done).toMatchObject({ state: "done", result: { created: rows.length } });

    const stored = await db
      .select({
        id: customers.id,
        name: customers.name,
        kana: customers.nameKana,
        keywords: customers.searchKeywords,
        organization: organizations.name,
        status: statuses.name,
        cls: customerClasses.name,
        tagIds: customers.tagIds,
        important: customers.important,
        fields: customers.fields,
      })
      .from(customers)
      .innerJoin(statuses, eq(statuses.id, customers.statusId))
      .leftJoin(customerClasses, eq(customerClasses.id, customers.classId))
      .leftJoin(organizations, eq(organizations.id, customers.organizationId))
      .where(eq(customers.createdBy, user.id))
      .orderBy(asc(customers.id));
    const tagNames = new Map((await db.select().from(tags)).map((t) => [t.id, t.name]));
    expect(
      stored.map((c) => [
        c.name,
        c.kana,
        c.keywords,
        c.organization ?? "",
        c.status,
        c.cls ?? "",
        c.tagIds.map((id) => tagNames.get(id)).join(";"),
        c.important ? "1" : "0",
        c.fields.phone,
      ]),
    ).toEqual(rows);
    expect(stored.map((c) => c.name)).toEqual(expect.arrayContaining(["髙橋 一郎", "山﨑 美咲"]));

    // Every new customer has its first status history row (from none to its status).
    const history = await db
      .select()
      .from(customerStatusChanges)
      .where(
        inArray(
          customerStatusChanges.customerId,
          stored.map((c) => c.id),
        ),
      );
    expect(history).toHaveLength(rows.length);
    expect(history.every((h) => h.fromStatusId === null && h.changedBy === user.id)).toBe(true);
    // …and the database's trigger put each on the customer's (and its organization's) timeline.
    const entries = await db
      .select()
      .from(timelineEntries)
      .where(
        inArray(
          timelineEntries.customerId,
          stored.map((c) => c.id),
        ),
      );
    expect(entries).toHaveLength(rows.length);
    expect(entries.filter((e) => e.organizationId !== null)).toHaveLength(rows.filter((r) => r[3] !== "").length);
  });
});

describe("customer import rules", () => {
  it("reports unknown names, a sixth tag and a missing organization per row, and imports the rest when asked", async () => {
    const user = await createUser();
    const { organizationTemplate } = await importWorld();
    const org = `組織${uniqueWord()}`;
    await asUser(user, () => createOrganization({ templateId: organizationTemplate.id, values: { name: org, searchKeywords: org } }));
    const six = await Promise.all(Array.from({ length: 6 }, () => createTag()));
    const n = uniqueWord();
    const csv = [
      "氏名,検索用キーワード,ステータス,客区分,タグ,所属組織,重要",
      `正常 ${n},${n},商談中,Aランク,${six[0]!.name};${six[1]!.name},${org},はい`,
      `六タグ ${n},${n},,,${six.map((t) => t.name).join(";")},,`,
      `不明 ${n},${n},存在しない,Zランク,ないタグ,ない組織,たぶん`,
      `空欄 ${n},,,,,,`,
      `既定 ${n},${n},,,,,0`,
      `組織なし ${n},${n},,,,ない組織${n},`,
    ].join("\r\n");
    const preview = await uploadAndPreview(user, "customer", utf8(csv));
    expect(preview).toMatchObject({ state: "validated", errorCount: 4, preview: { created: 2, updated: 0, skipped: 0, errors: 4 } });
    expect(preview.errors.map((e) => `${e.row}行目 ${e.column}: ${e.message}`)).toEqual([
      "3行目 タグ: タグは5個までしか付けられません(6個指定されています)",
      "4行目 ステータス: ステータス「存在しない」は登録されていません(設定 > ステータス で確認してください)",
      "4行目 客区分: 客区分「Zランク」は登録されていません(設定 > 客区分 で確認してください)",
      "4行目 タグ: タグ「ないタグ」は登録されていません(設定 > タグ で確認してください)",
      "4行目 重要: 重要顧客は 1 / 0(または はい / いいえ)で入力してください",
      "5行目 検索用キーワード: 検索用キーワードは必須です",
      `7行目 所属組織: 顧客組織「ない組織${n}」が見つかりません(顧客組織一覧で名前を確認してください)`,
    ]);

    const refused = await commitAndWait(user, preview.id).catch((e: unknown) => e);
    expect(String(refused)).toContain("エラーのある行があります");
    const done = await commitAndWait(user, preview.id, true);
    expect(done).toMatchObject({ state: "done", result: { created: 2, errors: 4 } });
    const rows = await db.select().from(customers).where(eq(customers.createdBy, user.id)).orderBy(asc(customers.id));
    const [status] = await db.select().from(statuses).where(eq(statuses.name, "商談中"));
    const [first] = await db.select().from(statuses).orderBy(asc(statuses.position), asc(statuses.id)).limit(1);
    const [orgRow] = await db.select().from(organizations).where(eq(organizations.name, org));
    expect(rows.map((r) => [r.name, r.statusId, r.tagIds, r.organizationId, r.important])).toEqual([
      [`正常 ${n}`, status!.id, [six[0]!.id, six[1]!.id], orgRow!.id, true],
      [`既定 ${n}`, first!.id, [], null, false],
    ]);
  });

  it("refuses the 所属組織 column while 顧客組織 is off, and imports without it", async () => {
    const user = await createUser();
    const { customerTemplate } = await importWorld(false);
    const n = uniqueWord();
    const job = await upload(user, "customer", utf8(`氏名,検索用キーワード,所属組織\n会田 ${n},${n},どこか`));
    const refused = await asUser(user, () =>
      configureImport({
        jobId: job.id,
        templateId: customerTemplate.id,
        columns: ["name", "searchKeywords", "@organization"],
        duplicateMode: "create",
      }).catch((e: unknown) => e),
    );
    expect(String(refused)).toContain("「顧客組織」機能が無効");
    await asUser(user, () =>
      configureImport({ jobId: job.id, templateId: customerTemplate.id, columns: ["name", "searchKeywords", ""], duplicateMode: "create" }),
    );
    const { settleImportRuns } = await import("@/lib/imports/background");
    await settleImportRuns();
    const done = await commitAndWait(user, job.id);
    expect(done).toMatchObject({ state: "done", result: { created: 1 } });
    await importWorld(true);
  });

  it("updates by a field: status history from the old status, tags replaced, unmapped fields kept", async () => {
    const user = await createUser();
    await importWorld();
    const n = uniqueWord();
    const phone = `090-${1000 + Math.floor(Math.random() * 9000)}-${1000 + Math.floor(Math.random() * 9000)}`;
    const tag = await createTag();
    const first = await uploadAndPreview(
      user,
      "customer",
      utf8(`氏名,検索用キーワード,電話番号,メール,ステータス,タグ\n上書 ${n},${n},${phone},a@example.com,新規顧客,${tag.name}`),
    );
    await commitAndWait(user, first.id);
    const [before] = await db.select().from(customers).where(eq(customers.searchKeywords, n));

    const second = await uploadAndPreview(
      user,
      "customer",
      utf8(`電話番号,氏名,検索用キーワード,ステータス,タグ\n${phone},上書後 ${n},${n},商談中,`),
      {
        duplicateMode: "update",
        duplicateKey: "phone",
      },
    );
    expect(second.preview).toEqual({ created: 0, updated: 1, skipped: 0, errors: 0 });
    await commitAndWait(user, second.id);
    const [after] = await db.select().from(customers).where(eq(customers.id, before!.id));
    const [status] = await db.select().from(statuses).where(eq(statuses.name, "商談中"));
    expect(after).toMatchObject({ name: `上書後 ${n}`, statusId: status!.id, tagIds: [], version: before!.version + 1 });
    expect(after!.fields).toMatchObject({ email: "a@example.com" });
    const history = await db
      .select()
      .from(customerStatusChanges)
      .where(eq(customerStatusChanges.customerId, before!.id))
      .orderBy(asc(customerStatusChanges.id));
    expect(history.map((h) => [h.fromStatusName, h.toStatusName])).toEqual([
      [null, "新規顧客"],
      ["新規顧客", "商談中"],
    ]);
  });
});
