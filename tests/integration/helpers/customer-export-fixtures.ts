import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customerClasses, customers, statuses, tags, templates, type CustomerRow } from "@/db/schema";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { searchColumns } from "@/lib/search/search-columns";
import { ensureSeededTemplates } from "@/lib/templates/seeded";

/** The seeded templates and lists, by name, for tests that insert customers directly. */
export async function seededCustomerBasics() {
  await ensureSeededTemplates(db);
  await ensureSeededCustomerSettings(db);
  const [template] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.kind, "customer"), eq(templates.isDefault, true)));
  const byName = (rows: { id: number; name: string }[]) => Object.fromEntries(rows.map((r) => [r.name, r.id])) as Record<string, number>;
  return {
    template: template!,
    status: byName(await db.select().from(statuses).orderBy(asc(statuses.position))),
    customerClass: byName(await db.select().from(customerClasses)),
    tag: byName(await db.select().from(tags)),
  };
}

export type CustomerValues = Partial<Omit<typeof customers.$inferInsert, "searchText" | "searchGrams" | "sortKey">> &
  Pick<typeof customers.$inferInsert, "name" | "templateId" | "statusId">;

/** Row values with the derived search columns computed as the app computes them. */
async function rowValues(values: CustomerValues): Promise<typeof customers.$inferInsert> {
  const [template] = await db.select({ fields: templates.fields }).from(templates).where(eq(templates.id, values.templateId));
  const base = { nameKana: "", searchKeywords: values.name, fields: {}, ...values };
  return { ...base, ...searchColumns({ ...base, templateFields: template!.fields }) };
}

/** Inserts customers directly (no mutation, no audit): for tests of reads and exports. */
export async function insertCustomers(list: CustomerValues[]): Promise<CustomerRow[]> {
  const rows = await Promise.all(list.map(rowValues));
  return db.insert(customers).values(rows).returning();
}
