import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customerClasses, statuses, tags, templates } from "@/db/schema";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { createCustomer } from "@/lib/customers/mutations";
import type { CreateCustomerInput } from "@/lib/customers/model/inputs";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { asUser } from "./factories";

export const uniqueWord = () => `t${randomBytes(4).toString("hex")}`;

/** The seeded templates and lists, and handles to them. */
export async function customerWorld() {
  await ensureSeededTemplates(db);
  await ensureSeededCustomerSettings(db);
  const [template] = await db.select().from(templates).where(eq(templates.kind, "customer")).orderBy(asc(templates.id)).limit(1);
  const statusList = await db.select().from(statuses).orderBy(asc(statuses.position));
  const classList = await db.select().from(customerClasses).orderBy(asc(customerClasses.position));
  return { template: template!, statuses: statusList, classes: classList };
}

/** A tag of its own for one test, so filters see only that test's customers. */
export async function createTag(name = `タグ${uniqueWord()}`) {
  const [tag] = await db.insert(tags).values({ name, color: "blue" }).returning();
  return tag!;
}

type Overrides = Partial<Omit<CreateCustomerInput, "values">> & {
  name?: string;
  nameKana?: string;
  searchKeywords?: string;
  fields?: Record<string, unknown>;
};

/** A customer made through the real mutation, as `user`. */
export async function createCustomerAs(user: { id: number }, overrides: Overrides = {}) {
  const world = await customerWorld();
  const { name = `顧客${uniqueWord()}`, nameKana = "", searchKeywords = uniqueWord(), fields = {}, ...attributes } = overrides;
  const { id } = await asUser(user, () =>
    createCustomer({
      templateId: world.template.id,
      statusId: world.statuses[0]!.id,
      classId: null,
      tagIds: [],
      important: false,
      ...attributes,
      values: { name, nameKana, searchKeywords, ...fields },
    }),
  );
  return id;
}
