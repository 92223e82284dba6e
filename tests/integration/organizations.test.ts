import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, templates } from "@/db/schema";
import { FeatureDisabledError } from "@/lib/errors";
import { EMPTY_FILTER } from "@/lib/customers/model/filter";
import { updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { searchCustomers } from "@/lib/customers/search";
import { setFeatureEnabled } from "@/lib/features/mutations";
import { createOrganization, deleteOrganization, updateOrganization } from "@/lib/organizations/mutations";
import { getOrganization, listOrganizationMembers, organizationOptions, searchOrganizations } from "@/lib/organizations/queries";
import { timelinePage } from "@/lib/timeline/queries";
import { asUser, createUser } from "./helpers/factories";
import { createCustomerAs, customerWorld, uniqueWord } from "./helpers/customer-factory";

async function admin() {
  return createUser({ role: "admin" });
}

async function setOrganizations(enabled: boolean) {
  const a = await admin();
  await asUser(a, () => setFeatureEnabled({ key: "organizations", enabled }));
}

async function organizationTemplateId() {
  await customerWorld();
  const [t] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.kind, "organization"), eq(templates.isDefault, true)));
  return t!.id;
}

async function newOrganization(user: { id: number }, name: string, kana = "") {
  const templateId = await organizationTemplateId();
  const { id } = await asUser(user, () =>
    createOrganization({ templateId, values: { name, nameKana: kana, searchKeywords: uniqueWord() } }),
  );
  return id;
}

describe("organizations", () => {
  beforeEach(async () => setOrganizations(true));

  it("refuses every organization query and mutation while the feature is off, and keeps the data", async () => {
    const user = await createUser();
    const id = await newOrganization(user, "合同会社サンドボックス");
    const member = await createCustomerAs(user, { organizationId: id });
    await setOrganizations(false);
    await expect(asUser(user, () => searchOrganizations({}))).rejects.toBeInstanceOf(FeatureDisabledError);
    await expect(asUser(user, () => getOrganization(id))).rejects.toBeInstanceOf(FeatureDisabledError);
    await expect(asUser(user, () => createOrganization({ templateId: 1, values: {} }))).rejects.toBeInstanceOf(FeatureDisabledError);
    await expect(asUser(user, () => timelinePage({ organizationId: id }))).rejects.toBeInstanceOf(FeatureDisabledError);
    await expect(createCustomerAs(user, { organizationId: id })).rejects.toBeInstanceOf(FeatureDisabledError);
    // An edit without the field (the form has none while off) keeps the membership.
    const world = await customerWorld();
    await asUser(user, () =>
      updateCustomer({
        id: member,
        version: 1,
        templateId: world.template.id,
        statusId: world.statuses[0]!.id,
        classId: null,
        tagIds: [],
        important: false,
        values: { name: "会田", searchKeywords: "x" },
      }),
    );
    // An organization criterion is ignored while off rather than filtering by hidden data.
    const all = await asUser(user, () =>
      searchCustomers({ ...EMPTY_FILTER, organizationId: id, keyword: "会田" }, { page: 1, sort: "updated" }),
    );
    expect(all.total).toBeGreaterThan(0);
    await setOrganizations(true);
    expect((await asUser(user, () => getCustomer(member))).customer.organizationId).toBe(id);
    expect((await asUser(user, () => listOrganizationMembers(id))).map((m) => m.id)).toEqual([member]);
  });

  it("finds organizations by kana in any script, counts members, and offers them in the picker", async () => {
    const user = await createUser();
    const word = uniqueWord();
    const id = await newOrganization(user, `合同会社サンドボックス${word}`, "サンドボックス");
    await createCustomerAs(user, { organizationId: id });
    await createCustomerAs(user, { organizationId: id });
    expect((await asUser(user, () => getOrganization(id))).memberCount).toBe(2);
    const found = await asUser(user, () => searchOrganizations({ keyword: `さんどぼっくす` }));
    expect(found.rows.find((r) => r.id === id)?.memberCount).toBe(2);
    expect((await asUser(user, () => searchOrganizations({ keyword: word }))).rows.map((r) => r.id)).toEqual([id]);
    expect((await asUser(user, () => organizationOptions({ keyword: `ｻﾝﾄﾞﾎﾞｯｸｽ${word}` }))).map((o) => o.id)).toEqual([id]);
    const members = await asUser(user, () => searchCustomers({ ...EMPTY_FILTER, organizationId: id }, { page: 1, sort: "updated" }));
    expect(members.total).toBe(2);
  });

  it("refuses a stale edit; deleting keeps the members as customers without an organization", async () => {
    const user = await createUser();
    const templateId = await organizationTemplateId();
    const id = await newOrganization(user, "株式会社青木工務店");
    const member = await createCustomerAs(user, { organizationId: id });
    await asUser(user, () =>
      updateOrganization({ id, version: 1, templateId, values: { name: "株式会社青木工務店 本社", searchKeywords: "あおき" } }),
    );
    await expect(
      asUser(user, () => updateOrganization({ id, version: 1, templateId, values: { name: "上書き", searchKeywords: "x" } })),
    ).rejects.toThrow("他のユーザー");
    expect(await asUser(user, () => deleteOrganization({ id, version: 2 }))).toEqual({ freedMembers: 1 });
    const [row] = await db.select({ organizationId: customers.organizationId }).from(customers).where(eq(customers.id, member));
    expect(row).toEqual({ organizationId: null });
  });

  it("merges the members' timelines, follows a member who leaves, and pages without repeats", async () => {
    const user = await createUser();
    const world = await customerWorld();
    const id = await newOrganization(user, "合同会社サンドボックス");
    const aida = await createCustomerAs(user, { name: "会田", organizationId: id });
    const aoki = await createCustomerAs(user, { name: "青木", organizationId: id });
    await createCustomerAs(user, { name: "明石" });
    const base = { templateId: world.template.id, classId: null, tagIds: [], important: false };
    await asUser(user, () =>
      updateCustomer({ id: aida, version: 1, ...base, statusId: world.statuses[2]!.id, values: { name: "会田", searchKeywords: "a" } }),
    );
    const page = await asUser(user, () => timelinePage({ organizationId: id }, null, 2));
    expect(page.items.map((i) => [i.customer.name, i.title])).toEqual([
      ["会田", `ステータス変更: ${world.statuses[0]!.name} → ${world.statuses[2]!.name}`],
      ["青木", `登録: ${world.statuses[0]!.name}`],
    ]);
    const next = await asUser(user, () => timelinePage({ organizationId: id }, page.nextCursor, 2));
    expect(next.items.map((i) => i.customer.name)).toEqual(["会田"]);
    expect(next.nextCursor).toBeNull();
    // 青木 leaves: its history leaves with it; 会田's own timeline holds only 会田.
    await asUser(user, () =>
      updateCustomer({
        id: aoki,
        version: 1,
        ...base,
        statusId: world.statuses[0]!.id,
        organizationId: null,
        values: { name: "青木", searchKeywords: "b" },
      }),
    );
    const after = await asUser(user, () => timelinePage({ organizationId: id }));
    expect(new Set(after.items.map((i) => i.customer.name))).toEqual(new Set(["会田"]));
    const own = await asUser(user, () => timelinePage({ customerId: aoki }));
    expect(own.items.every((i) => i.customer.id === aoki)).toBe(true);
  });
});
