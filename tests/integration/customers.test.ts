import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { customers } from "@/db/schema";
import { DomainError, StaleEditError } from "@/lib/errors";
import { bulkUpdateCustomers } from "@/lib/customers/bulk";
import { EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";
import { updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { searchCustomers } from "@/lib/customers/search";
import { EXACT_COUNT_LIMIT } from "@/lib/customers/count";
import { asUser, createUser } from "./helpers/factories";
import { createCustomerAs, createTag, customerWorld, uniqueWord } from "./helpers/customer-factory";

const filter = (overrides: Partial<CustomerFilter>): CustomerFilter => ({ ...EMPTY_FILTER, ...overrides });

async function names(user: { id: number }, f: CustomerFilter, sort: "name" | "updated" = "name") {
  const result = await asUser(user, () => searchCustomers(f, { page: 1, sort }));
  return { names: result.rows.map((r) => r.name), total: result.total };
}

describe("customers", () => {
  it("creates a customer with its first status in the history, searchable by name", async () => {
    const user = await createUser();
    const world = await customerWorld();
    const id = await createCustomerAs(user, {
      name: "会田 花子",
      nameKana: "アイダ ハナコ",
      statusId: world.statuses[1]!.id,
      fields: { phone: "03-1234-5678" },
    });
    const detail = await asUser(user, () => getCustomer(id));
    expect(detail.customer).toMatchObject({ name: "会田 花子", nameKana: "アイダ ハナコ", statusId: world.statuses[1]!.id, version: 1 });
    expect(detail.customer.fields).toEqual({ phone: "03-1234-5678" });
    expect(detail.statusHistory).toEqual([expect.objectContaining({ fromStatusName: null, toStatusName: world.statuses[1]!.name })]);
  });

  it("refuses missing required values with Japanese field messages", async () => {
    const user = await createUser();
    const error = await createCustomerAs(user, { name: "", searchKeywords: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(z.ZodError);
    const messages = (error as z.ZodError).issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["name:氏名は必須です", "searchKeywords:検索用キーワードは必須です"]));
  });

  it("refuses a sixth tag in the server and in the database itself", async () => {
    const user = await createUser();
    const six = await Promise.all(Array.from({ length: 6 }, () => createTag()));
    const error = await createCustomerAs(user, { tagIds: six.map((t) => t.id) }).catch((e: unknown) => e);
    expect((error as z.ZodError).issues[0]?.message).toBe("タグは5個までしか付けられません");
    const id = await createCustomerAs(user, { tagIds: six.slice(0, 5).map((t) => t.id) });
    await expect(
      db
        .update(customers)
        .set({ tagIds: six.map((t) => t.id) })
        .where(eq(customers.id, id)),
    ).rejects.toThrow();
  });

  it("never lets 20 concurrent tag additions leave more than 5 tags, and reports the refused ones", async () => {
    const user = await createUser();
    const id = await createCustomerAs(user);
    const twenty = await Promise.all(Array.from({ length: 20 }, () => createTag()));
    const results = await Promise.all(
      twenty.map((tag) =>
        asUser(user, () => bulkUpdateCustomers({ target: { kind: "ids", ids: [id] }, operation: { kind: "addTag", tagId: tag.id } })),
      ),
    );
    const [row] = await db.select({ tagIds: customers.tagIds }).from(customers).where(eq(customers.id, id));
    expect(row!.tagIds).toHaveLength(5);
    expect(results.filter((r) => r.updated === 1)).toHaveLength(5);
    expect(results.filter((r) => r.refused?.count === 1)).toHaveLength(15);
  });

  it("refuses a stale edit and keeps the other user's change", async () => {
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const world = await customerWorld();
    const id = await createCustomerAs(alice, { name: "青木 一郎" });
    const base = { templateId: world.template.id, statusId: world.statuses[0]!.id, classId: null, tagIds: [], important: false };
    await asUser(alice, () => updateCustomer({ id, version: 1, ...base, values: { name: "青木 一郎(更新)", searchKeywords: "あおき" } }));
    const stale = asUser(bob, () => updateCustomer({ id, version: 1, ...base, values: { name: "上書き", searchKeywords: "x" } }));
    await expect(stale).rejects.toBeInstanceOf(StaleEditError);
    const detail = await asUser(alice, () => getCustomer(id));
    expect(detail.customer).toMatchObject({ name: "青木 一郎(更新)", version: 2 });
  });

  it("records every status change (from, to, who) and keeps values of removed fields", async () => {
    const user = await createUser({ name: "担当 次郎" });
    const world = await customerWorld();
    const id = await createCustomerAs(user);
    await db
      .update(customers)
      .set({ fields: sql`${customers.fields} || '{"oldField":"残る値"}'::jsonb` })
      .where(eq(customers.id, id));
    const [from, to] = [world.statuses[0]!, world.statuses[2]!];
    await asUser(user, () =>
      updateCustomer({
        id,
        version: 1,
        templateId: world.template.id,
        statusId: to.id,
        classId: null,
        tagIds: [],
        important: true,
        values: { name: "明石 三郎", searchKeywords: "あかし" },
      }),
    );
    const detail = await asUser(user, () => getCustomer(id));
    expect(detail.statusHistory[0]).toMatchObject({ fromStatusName: from.name, toStatusName: to.name, changedByName: "担当 次郎" });
    expect(detail.statusHistory).toHaveLength(2);
    expect(detail.customer.fields).toMatchObject({ oldField: "残る値" });
  });

  it("filters by status, class, tags any/all and 重要, alone and combined", async () => {
    const user = await createUser();
    const world = await customerWorld();
    const [a, b] = [await createTag(), await createTag()];
    const [s1, s2] = [world.statuses[0]!.id, world.statuses[1]!.id];
    const c1 = world.classes[0]!.id;
    await createCustomerAs(user, { name: "甲", nameKana: "こう", statusId: s1, classId: c1, tagIds: [a.id], important: true });
    await createCustomerAs(user, { name: "乙", nameKana: "おつ", statusId: s2, classId: c1, tagIds: [a.id, b.id] });
    await createCustomerAs(user, { name: "丙", nameKana: "へい", statusId: s1, tagIds: [b.id] });
    const mine = [a.id, b.id];
    expect((await names(user, filter({ tagIds: mine }))).names).toEqual(["乙", "甲", "丙"]);
    expect((await names(user, filter({ tagIds: mine, tagMode: "all" }))).names).toEqual(["乙"]);
    expect((await names(user, filter({ tagIds: mine, statusIds: [s1] }))).names).toEqual(["甲", "丙"]);
    expect((await names(user, filter({ tagIds: mine, classIds: [c1] }))).names).toEqual(["乙", "甲"]);
    expect((await names(user, filter({ tagIds: mine, importantOnly: true }))).names).toEqual(["甲"]);
    expect(await names(user, filter({ tagIds: [a.id], statusIds: [s1, s2], classIds: [c1], importantOnly: true }))).toEqual({
      names: ["甲"],
      total: 1,
    });
  });

  it("finds 会田 (アイダ) by あいだ, アイダ, ｱｲﾀﾞ, 会田 and ア イ ダ; and 林 by one character", async () => {
    const user = await createUser();
    const tag = await createTag();
    await createCustomerAs(user, { name: "会田 花子", nameKana: "アイダ ハナコ", tagIds: [tag.id] });
    await createCustomerAs(user, { name: "林 一郎", nameKana: "ハヤシ イチロウ", tagIds: [tag.id] });
    await createCustomerAs(user, { name: "相田 みつ", nameKana: "ソウダ", searchKeywords: "いだてん", tagIds: [tag.id] });
    for (const keyword of ["あいだ", "アイダ", "ｱｲﾀﾞ", "会田", "ア イ ダ", "ｱ　ｲﾀﾞ"]) {
      expect((await names(user, filter({ tagIds: [tag.id], keyword }))).names, keyword).toEqual(["会田 花子"]);
    }
    expect((await names(user, filter({ tagIds: [tag.id], keyword: "林" }))).names).toEqual(["林 一郎"]);
    expect((await names(user, filter({ tagIds: [tag.id], keyword: "いだ" }))).names).toEqual(["会田 花子", "相田 みつ"]);
    expect((await names(user, filter({ tagIds: [tag.id], keyword: "100%" }))).total).toBe(0);
  });

  it("searches the template's text fields, and sorts by kana", async () => {
    const user = await createUser();
    const word = uniqueWord();
    await createCustomerAs(user, { name: "森", nameKana: "モリ", fields: { address: `札幌市${word}` } });
    await createCustomerAs(user, { name: "青木", nameKana: "アオキ", fields: { note: `${word} の紹介` } });
    await createCustomerAs(user, { name: "明石", nameKana: "アカシ", fields: { note: `${word}` } });
    expect((await names(user, filter({ keyword: word }))).names).toEqual(["青木", "明石", "森"]);
  });

  it("bulk status change writes history; bulk on a filter reaches every match; a deleted tag is refused", async () => {
    const user = await createUser();
    const world = await customerWorld();
    const tag = await createTag();
    const ids = [await createCustomerAs(user, { tagIds: [tag.id] }), await createCustomerAs(user, { tagIds: [tag.id] })];
    const target = { kind: "filter" as const, filter: filter({ tagIds: [tag.id] }) };
    const to = world.statuses[3]!;
    expect(await asUser(user, () => bulkUpdateCustomers({ target, operation: { kind: "setStatus", statusId: to.id } }))).toMatchObject({
      updated: 2,
      unchanged: 0,
    });
    for (const id of ids) expect((await asUser(user, () => getCustomer(id))).statusHistory[0]?.toStatusName).toBe(to.name);
    expect(await asUser(user, () => bulkUpdateCustomers({ target, operation: { kind: "setImportant", important: true } }))).toMatchObject({
      updated: 2,
    });
    expect((await names(user, filter({ tagIds: [tag.id], importantOnly: true }))).total).toBe(2);
    const gone = asUser(user, () => bulkUpdateCustomers({ target, operation: { kind: "addTag", tagId: 2_000_000_000 } }));
    await expect(gone).rejects.toBeInstanceOf(DomainError);
  });

  it("counts exactly up to 10,000 matches and says 「約」 (an estimate) beyond", async () => {
    const user = await createUser();
    const world = await customerWorld();
    const tag = await createTag();
    await createCustomerAs(user, { tagIds: [tag.id] });
    expect(await asUser(user, () => searchCustomers(filter({ tagIds: [tag.id] }), { page: 1, sort: "updated" }))).toMatchObject({
      total: 1,
      totalIsEstimate: false,
    });
    await db.execute(sql`
      insert into customers (template_id, name, search_keywords, status_id, tag_ids, search_text, search_grams, sort_key)
      select ${world.template.id}, 'bulk ' || g, 'bulk', ${world.statuses[0]!.id}, ARRAY[${tag.id}]::integer[], 'bulk', ARRAY['b']::text[], 'bulk'
      from generate_series(1, ${EXACT_COUNT_LIMIT}) g`);
    const result = await asUser(user, () => searchCustomers(filter({ tagIds: [tag.id] }), { page: 1, sort: "updated" }));
    expect(result.totalIsEstimate).toBe(true);
    expect(result.total).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(result.rows).toHaveLength(50);
  });
});
