import { randomBytes } from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, customerStatusChanges, statuses, tags } from "@/db/schema";
import { deleteOrderedItem } from "@/lib/customer-settings/ordered-list-delete";
import { ORDERED_LIST_KINDS } from "@/lib/customer-settings/model/inputs";
import { createOrderedItem, moveOrderedItem, updateOrderedItem } from "@/lib/customer-settings/ordered-lists";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { createTag, deleteTag, updateTag } from "@/lib/customer-settings/tag-mutations";
import { listOrderedItemsWithUsage, listTagsWithUsage } from "@/lib/customer-settings/usage";
import { DomainError } from "@/lib/errors";
import { insertCustomerRows } from "./helpers/customer-rows";
import { asUser, createUser } from "./helpers/factories";

const word = () => randomBytes(3).toString("hex");
let admin: { id: number };
let member: { id: number };
const asAdmin = <T>(fn: () => Promise<T>) => asUser(admin, fn);

beforeAll(async () => {
  admin = await createUser({ role: "admin" });
  member = await createUser({ role: "member" });
  await ensureSeededCustomerSettings(db);
});

async function customerRows(ids: number[]) {
  return db.select().from(customers).where(inArray(customers.id, ids)).orderBy(asc(customers.id));
}

describe.each(ORDERED_LIST_KINDS)("ordered list %s", (kind) => {
  const names = async () => (await asAdmin(() => listOrderedItemsWithUsage(kind))).map((item) => item.name);

  it("adds at the end, renames, recolours and reorders with up/down", async () => {
    const [a, b] = [`新${word()}`, `次${word()}`];
    const { id } = await asAdmin(() => createOrderedItem(kind, { name: `  ${a}  `, color: "green" }));
    await asAdmin(() => createOrderedItem(kind, { name: b, color: "blue" }));
    expect((await names()).slice(-2)).toEqual([a, b]);

    await asAdmin(() => updateOrderedItem(kind, { id, name: `${a}改`, color: "pink" }));
    const renamed = (await asAdmin(() => listOrderedItemsWithUsage(kind))).find((item) => item.id === id);
    expect(renamed).toMatchObject({ name: `${a}改`, color: "pink" });

    await asAdmin(() => moveOrderedItem(kind, { id, direction: "down" }));
    expect((await names()).slice(-2)).toEqual([b, `${a}改`]);
    await asAdmin(() => moveOrderedItem(kind, { id, direction: "down" })); // already last: no change
    await asAdmin(() => moveOrderedItem(kind, { id, direction: "up" }));
    expect((await names()).slice(-2)).toEqual([`${a}改`, b]);
    const positions = (await asAdmin(() => listOrderedItemsWithUsage(kind))).map((item) => item.position);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it("refuses a duplicate name, whatever its case, at the name field", async () => {
    const name = `Rank${word()}`;
    const { id } = await asAdmin(() => createOrderedItem(kind, { name, color: "gray" }));
    const duplicate = asAdmin(() => createOrderedItem(kind, { name: name.toUpperCase(), color: "gray" }));
    await expect(duplicate).rejects.toBeInstanceOf(DomainError);
    await expect(duplicate).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining("既にあります")] } });
    const { id: other } = await asAdmin(() => createOrderedItem(kind, { name: `別${word()}`, color: "gray" }));
    await expect(asAdmin(() => updateOrderedItem(kind, { id: other, name: name.toLowerCase(), color: "gray" }))).rejects.toThrow(
      "既にあります",
    );
    await expect(asAdmin(() => updateOrderedItem(kind, { id, name, color: "red" }))).resolves.toBeUndefined();
  });

  it("refuses an empty name and an unknown colour", async () => {
    await expect(asAdmin(() => createOrderedItem(kind, { name: "  ", color: "gray" }))).rejects.toThrow("名を入力してください");
    await expect(asAdmin(() => createOrderedItem(kind, { name: word(), color: "#ff0000" as "gray" }))).rejects.toThrow(
      "色を選択してください",
    );
  });

  it("refuses members", async () => {
    const [item] = await asAdmin(() => listOrderedItemsWithUsage(kind));
    const id = item!.id;
    const attempts: (() => Promise<unknown>)[] = [
      () => createOrderedItem(kind, { name: word(), color: "gray" }),
      () => updateOrderedItem(kind, { id, name: word(), color: "gray" }),
      () => moveOrderedItem(kind, { id, direction: "down" }),
      () => deleteOrderedItem(kind, { id }),
    ];
    for (const attempt of attempts) {
      await expect(asUser(member, attempt)).rejects.toThrow("権限がありません");
    }
  });

  it("deletes an unused item", async () => {
    const { id } = await asAdmin(() => createOrderedItem(kind, { name: `消${word()}`, color: "gray" }));
    await expect(asAdmin(() => deleteOrderedItem(kind, { id }))).resolves.toEqual({ moved: 0 });
    expect((await asAdmin(() => listOrderedItemsWithUsage(kind))).some((item) => item.id === id)).toBe(false);
  });
});

describe("deleting a status in use", () => {
  it("is refused without a target (or with 「なし」), and leaves the customers alone", async () => {
    const { id } = await asAdmin(() => createOrderedItem("status", { name: `使用中${word()}`, color: "gray" }));
    const ids = await insertCustomerRows(2, { statusId: id });
    const usage = (await asAdmin(() => listOrderedItemsWithUsage("status"))).find((item) => item.id === id);
    expect(usage?.customerCount).toBe(2);
    await expect(asAdmin(() => deleteOrderedItem("status", { id }))).rejects.toMatchObject({
      fieldErrors: { moveTo: [expect.stringContaining("顧客が2件います")] },
    });
    await expect(asAdmin(() => deleteOrderedItem("status", { id, moveTo: "none" }))).rejects.toThrow("ステータスが必要です");
    await expect(asAdmin(() => deleteOrderedItem("status", { id, moveTo: id }))).rejects.toThrow("別のステータス");
    expect((await customerRows(ids)).map((c) => [c.statusId, c.version])).toEqual([
      [id, 1],
      [id, 1],
    ]);
  });

  it("moves its customers to the chosen status, records each change, then deletes it", async () => {
    const from = `旧${word()}`;
    const to = `新${word()}`;
    const { id: fromId } = await asAdmin(() => createOrderedItem("status", { name: from, color: "gray" }));
    const { id: toId } = await asAdmin(() => createOrderedItem("status", { name: to, color: "green" }));
    const ids = await insertCustomerRows(3, { statusId: fromId });
    const before = await customerRows(ids);

    await expect(asAdmin(() => deleteOrderedItem("status", { id: fromId, moveTo: toId }))).resolves.toEqual({ moved: 3 });

    const after = await customerRows(ids);
    expect(after.map((c) => [c.statusId, c.version, c.updatedBy])).toEqual(ids.map(() => [toId, 2, admin.id]));
    expect(after[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(before[0]!.updatedAt.getTime());
    const history = await db.select().from(customerStatusChanges).where(inArray(customerStatusChanges.customerId, ids));
    expect(history).toHaveLength(3);
    for (const row of history) {
      // The deleted status's id is gone (ON DELETE SET NULL); its name stays readable.
      expect(row).toMatchObject({ fromStatusId: null, fromStatusName: from, toStatusId: toId, toStatusName: to, changedBy: admin.id });
    }
    expect(await db.select().from(statuses).where(eq(statuses.id, fromId))).toEqual([]);
  });
});

describe("deleting a class in use", () => {
  it("moves its customers to another class or to 「なし」, without status history", async () => {
    const { id: a } = await asAdmin(() => createOrderedItem("class", { name: `A${word()}`, color: "gray" }));
    const { id: b } = await asAdmin(() => createOrderedItem("class", { name: `B${word()}`, color: "gray" }));
    const [status] = await asAdmin(() => listOrderedItemsWithUsage("status"));
    const ids = await insertCustomerRows(2, { statusId: status!.id, classId: a });
    await expect(asAdmin(() => deleteOrderedItem("class", { id: a }))).rejects.toThrow("移動先の客区分を選んでください");

    await expect(asAdmin(() => deleteOrderedItem("class", { id: a, moveTo: b }))).resolves.toEqual({ moved: 2 });
    expect((await customerRows(ids)).map((c) => [c.classId, c.version])).toEqual([
      [b, 2],
      [b, 2],
    ]);
    await expect(asAdmin(() => deleteOrderedItem("class", { id: b, moveTo: "none" }))).resolves.toEqual({ moved: 2 });
    expect((await customerRows(ids)).map((c) => [c.classId, c.version])).toEqual([
      [null, 3],
      [null, 3],
    ]);
    expect(await db.select().from(customerStatusChanges).where(inArray(customerStatusChanges.customerId, ids))).toEqual([]);
  });
});

describe("tags", () => {
  it("adds, renames and recolours; refuses a duplicate name and members", async () => {
    const name = `Web${word()}`;
    const { id } = await asAdmin(() => createTag({ name, color: "indigo" }));
    await asAdmin(() => updateTag({ id, name: `${name}改`, color: "teal" }));
    expect((await asAdmin(() => listTagsWithUsage())).find((t) => t.id === id)).toMatchObject({
      name: `${name}改`,
      color: "teal",
      customerCount: 0,
    });
    await expect(asAdmin(() => createTag({ name: `${name}改`.toUpperCase(), color: "gray" }))).rejects.toMatchObject({
      fieldErrors: { name: [expect.stringContaining("既にあります")] },
    });
    await expect(asUser(member, () => createTag({ name: word(), color: "gray" }))).rejects.toThrow("権限がありません");
    await expect(asUser(member, () => deleteTag({ id }))).rejects.toThrow("権限がありません");
  });

  it("takes a deleted tag off every customer that carries it and says how many", async () => {
    const { id } = await asAdmin(() => createTag({ name: `消${word()}`, color: "red" }));
    const { id: kept } = await asAdmin(() => createTag({ name: `残${word()}`, color: "blue" }));
    const [status] = await asAdmin(() => listOrderedItemsWithUsage("status"));
    const tagged = await insertCustomerRows(3, { statusId: status!.id, tagIds: [kept, id] });
    const untouched = await insertCustomerRows(1, { statusId: status!.id, tagIds: [kept] });
    expect((await asAdmin(() => listTagsWithUsage())).find((t) => t.id === id)?.customerCount).toBe(3);

    await expect(asAdmin(() => deleteTag({ id }))).resolves.toEqual({ removedFrom: 3 });

    expect((await customerRows(tagged)).map((c) => [c.tagIds, c.version])).toEqual(tagged.map(() => [[kept], 2]));
    expect((await customerRows(untouched)).map((c) => [c.tagIds, c.version])).toEqual([[[kept], 1]]);
    expect(await db.select().from(tags).where(eq(tags.id, id))).toEqual([]);
    await expect(asAdmin(() => deleteTag({ id }))).rejects.toThrow("タグが見つかりません");
  });
});
