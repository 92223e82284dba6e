import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, templates } from "@/db/schema";
import { normalizeForSearch, searchGrams } from "@/lib/search/normalize";
import { ensureSeededTemplates } from "@/lib/templates/seeded";

type Attributes = { statusId: number; classId?: number | null; tagIds?: number[] };

/**
 * Customer rows inserted straight into the table: settings tests need customers that carry
 * a status, class or tag, and nothing else of the customer domain.
 */
export async function insertCustomerRows(count: number, attributes: Attributes): Promise<number[]> {
  await ensureSeededTemplates(db);
  const [template] = await db
    .select({ id: templates.id })
    .from(templates)
    .where(and(eq(templates.kind, "customer"), eq(templates.isDefault, true)))
    .orderBy(asc(templates.id))
    .limit(1);
  if (!template) throw new Error("no customer template");
  const rows = Array.from({ length: count }, () => {
    const name = `顧客${randomBytes(3).toString("hex")}`;
    const searchText = normalizeForSearch(name);
    return {
      templateId: template.id,
      name,
      searchKeywords: name,
      searchText,
      searchGrams: searchGrams(searchText),
      sortKey: searchText,
      ...attributes,
    };
  });
  const inserted = await db.insert(customers).values(rows).returning({ id: customers.id });
  return inserted.map((row) => row.id);
}
