import fc from "fast-check";
import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { executeCampaignAction } from "@/lib/campaigns/actions";
import { db, getDatabaseEngine } from "@/db/client";
import { campaigns, customers, templates, timelineEntries } from "@/db/schema";
import { listTargets } from "@/lib/campaigns/targets";
import { holdCustomersAgainstDeletion } from "@/lib/customers/deletion-lock";
import { customerFilter } from "@/lib/customers/model/filter";
import { deleteCustomer } from "@/lib/customers/mutations";
import { createOrganization } from "@/lib/organizations/mutations";
import { timelinePage } from "@/lib/timeline/queries";
import { createDraft, execute, listedIds, setOrganizationsFeature, targetsOf, versionOf } from "./helpers/campaign-helpers";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let member: { id: number };
let basics: Awaited<ReturnType<typeof seededCustomerBasics>>;
let organizationIds: number[];

beforeAll(async () => {
  member = await createUser();
  basics = await seededCustomerBasics();
  await setOrganizationsFeature(true);
  const [orgTemplate] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.kind, "organization"), eq(templates.isDefault, true)));
  organizationIds = [];
  for (const name of ["株式会社あおば", "合同会社みどり"]) {
    const { id } = await asUser(member, () => createOrganization({ templateId: orgTemplate!.id, values: { name, searchKeywords: name } }));
    organizationIds.push(id);
  }
});

const NAMES = ["会田 一郎", "アイダ ミキ", "林 花子", "小林 健", "山田 太郎", "高橋 由美"];
const KEYWORDS = ["", "会田", "あいだ", "ｱｲﾀﾞ", "林", "山", "小林"];

describe("target extraction", () => {
  it("freezes exactly the customers the customer list shows for the same filter (property)", async () => {
    const statusIds = Object.values(basics.status);
    const classIds = Object.values(basics.customerClass);
    const tagIds = Object.values(basics.tag);
    const customerArb = fc.record({
      name: fc.constantFrom(...NAMES),
      statusId: fc.constantFrom(...statusIds),
      classId: fc.option(fc.constantFrom(...classIds), { nil: null }),
      tagIds: fc.uniqueArray(fc.constantFrom(...tagIds), { maxLength: 5 }),
      important: fc.boolean(),
      organizationId: fc.option(fc.constantFrom(...organizationIds), { nil: null }),
      postalCode: fc.constantFrom("", "100-0001", "530-0001", "060-0001"),
    });
    // Each criterion is left out half the time, so that most runs match someone.
    const some = <T>(values: T[], maxLength: number) => fc.oneof(fc.constant([] as T[]), fc.subarray(values, { minLength: 1, maxLength }));
    const filterArb = fc.record({
      statusIds: some(statusIds, 3),
      classIds: some(classIds, 2),
      tagIds: some(tagIds, 3),
      tagMode: fc.constantFrom("any" as const, "all" as const),
      importantOnly: fc.boolean(),
      organizationId: fc.option(fc.constantFrom(...organizationIds), { nil: undefined, freq: 2 }),
      keyword: fc.oneof(fc.constant(""), fc.constantFrom(...KEYWORDS)),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(customerArb, { maxLength: 8 }), filterArb, fc.boolean(), async (added, partial, organizationsOn) => {
        if (added.length) {
          await insertCustomers(
            added.map(({ postalCode, ...c }) => ({
              ...c,
              templateId: basics.template.id,
              fields: { postalCode, address: `東京都千代田区${c.name}` },
            })),
          );
        }
        await setOrganizationsFeature(organizationsOn);
        const filter = customerFilter.parse(partial);
        const expected = (await listedIds(member, filter)).sort((a, b) => a - b);
        const { id } = await createDraft(member, filter);
        if (expected.length === 0) {
          await expect(execute(member, id)).rejects.toThrow("対象者が0人");
          return;
        }
        const result = await execute(member, id);
        const targets = await targetsOf(id);
        expect(targets.map((t) => t.customerId).sort((a, b) => a! - b!)).toEqual(expected);
        expect(result).toEqual({ targetCount: expected.length, alreadyExecuted: false });
      }),
      { numRuns: 40 },
    );
    await setOrganizationsFeature(true);
  });
});

describe("execution", () => {
  async function tagged(count: number) {
    const [tag] = await db
      .execute(sql`insert into tags (name, color) values (${`実行${Math.random()}`}, 'blue') returning id`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: { id: number }[] }).rows) as { id: number }[]);
    const rows = await insertCustomers(
      Array.from({ length: count }, (_, i) => ({
        templateId: basics.template.id,
        name: `対象 ${i}`,
        statusId: basics.status["新規顧客"]!,
        tagIds: [tag!.id],
        fields: { postalCode: `10${i % 10}-0001`, address: `住所${i}` },
      })),
    );
    return { tagId: tag!.id, customerIds: rows.map((r) => r.id) };
  }

  it("runs once under five concurrent submits, every call succeeding with the same targets", async () => {
    const { tagId, customerIds } = await tagged(40);
    const { id } = await createDraft(member, { tagIds: [tagId] });
    const version = await versionOf(id);
    const results = await Promise.all(Array.from({ length: 5 }, () => asUser(member, () => executeCampaignAction({ id, version }))));
    for (const result of results) expect(result).toMatchObject({ ok: true, data: { targetCount: 40 } });
    expect(results.filter((r) => r.ok && r.data && !r.data.alreadyExecuted)).toHaveLength(1);
    const targets = await targetsOf(id);
    expect(targets.map((t) => t.customerId).sort((a, b) => a! - b!)).toEqual(customerIds);
    const entries = await db
      .select()
      .from(timelineEntries)
      .where(
        and(
          eq(timelineEntries.kind, "campaign"),
          inArray(
            timelineEntries.refId,
            targets.map((t) => t.id),
          ),
        ),
      );
    expect(entries).toHaveLength(40);
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(campaign).toMatchObject({ state: "executed", targetCount: 40, version: version + 1 });
    // The timeline shows the moment of execution, the same for every target.
    expect(new Set(entries.map((e) => e.occurredAt.getTime()))).toEqual(new Set([campaign!.executedAt!.getTime()]));
  });

  it("is all or nothing: a failure while freezing leaves a draft with no targets", async () => {
    const { tagId } = await tagged(5);
    const { id } = await createDraft(member, { tagIds: [tagId] });
    const version = await versionOf(id);
    await db.execute(
      sql`create function campaign_test_fail() returns trigger language plpgsql as $$ begin if new.snapshot->>'name' = '対象 3' then raise exception 'boom'; end if; return new; end $$`,
    );
    await db.execute(
      sql`create trigger campaign_test_fail before insert on campaign_targets for each row execute function campaign_test_fail()`,
    );
    try {
      await expect(execute(member, id)).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger campaign_test_fail on campaign_targets`);
      await db.execute(sql`drop function campaign_test_fail()`);
    }
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    expect(campaign).toMatchObject({ state: "draft", executedAt: null, targetCount: null, version });
    expect(await targetsOf(id)).toEqual([]);
    // The claim rolled back with the rest, so executing again works.
    expect(await execute(member, id)).toEqual({ targetCount: 5, alreadyExecuted: false });
  });

  it("keeps the frozen targets when customers change, are added or deleted afterwards", async () => {
    const { tagId, customerIds } = await tagged(3);
    const { id } = await createDraft(member, { tagIds: [tagId] });
    await execute(member, id);
    const before = await targetsOf(id);
    expect(before.map((t) => t.snapshot)).toContainEqual({
      name: "対象 1",
      nameKana: "",
      postalCode: "101-0001",
      address: "住所1",
      status: "新規顧客",
      class: null,
      organization: null,
    });

    await db
      .update(customers)
      .set({ name: "改名 後", fields: { postalCode: "999-9999", address: "引越先" }, statusId: basics.status["商談中"]! })
      .where(eq(customers.id, customerIds[1]!));
    await insertCustomers([{ templateId: basics.template.id, name: "後から 追加", statusId: basics.status["新規顧客"]!, tagIds: [tagId] }]);
    await db.delete(customers).where(eq(customers.id, customerIds[2]!));

    const after = await targetsOf(id);
    expect(after.map((t) => t.snapshot)).toEqual(before.map((t) => t.snapshot));
    expect(after.map((t) => t.customerId)).toEqual(before.map((t) => (t.customerId === customerIds[2] ? null : t.customerId)));
    const [campaign] = await db.select({ targetCount: campaigns.targetCount }).from(campaigns).where(eq(campaigns.id, id));
    expect(campaign!.targetCount).toBe(3);
  });

  it("drops a deleted customer's timeline entries, and a deletion waits for a running execution", async () => {
    const { tagId, customerIds } = await tagged(2);
    const { id } = await createDraft(member, { tagIds: [tagId] });
    await execute(member, id);
    const [gone, stays] = customerIds as [number, number];
    const entriesOf = async (customerId: number) =>
      (await db.select().from(timelineEntries).where(eq(timelineEntries.customerId, customerId))).length;
    expect(await entriesOf(gone)).toBeGreaterThan(0);
    const versionOfCustomer = async (customerId: number) =>
      (await db.select({ v: customers.version }).from(customers).where(eq(customers.id, customerId)))[0]!.v;
    await asUser(member, async () => deleteCustomer({ id: gone, version: await versionOfCustomer(gone) }));
    expect(await entriesOf(gone)).toBe(0);
    expect(await entriesOf(stays)).toBeGreaterThan(0);

    // One connection on PGlite: nothing can overlap there.
    if (getDatabaseEngine() !== "postgres") return;
    const order: string[] = [];
    const version = await versionOfCustomer(stays);
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const execution = db.transaction(async (tx) => {
      await holdCustomersAgainstDeletion(tx);
      held();
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push("execution committed");
    });
    await holding;
    await asUser(member, () => deleteCustomer({ id: stays, version }));
    order.push("customer deleted");
    await execution;
    expect(order).toEqual(["execution committed", "customer deleted"]);
  });

  it("lists the targets in 〒 order, those without a postal code last", async () => {
    const { tagId } = await tagged(12);
    await insertCustomers([
      { templateId: basics.template.id, name: "郵便番号 なし", statusId: basics.status["新規顧客"]!, tagIds: [tagId] },
    ]);
    const { id } = await createDraft(member, { tagIds: [tagId] });
    await execute(member, id);
    const page = await asUser(member, () => listTargets(id, {}));
    const codes = page.rows.map((t) => t.snapshot.postalCode);
    expect(codes.at(-1)).toBe("");
    expect(codes.slice(0, -1)).toEqual([...codes.slice(0, -1)].sort());
  });

  it("puts the campaign on each target's timeline with the current outcome", async () => {
    const { tagId, customerIds } = await tagged(1);
    const { id } = await createDraft(member, { tagIds: [tagId] }, "秋の見学会DM");
    await execute(member, id);
    const page = await asUser(member, () => timelinePage({ customerId: customerIds[0]! }));
    expect(page.items).toContainEqual(
      expect.objectContaining({
        kind: "campaign",
        title: "販促活動: 秋の見学会DM (DM)",
        lines: ["結果: 未対応"],
        href: `/campaigns/${id}`,
      }),
    );
  });
});
