import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, reports, templates } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { requireOrganizations } from "@/lib/organizations/guard";

export type AmountScope = { customerId: number } | { organizationId: number };

/** 商談額 合計: one money field of one report template, summed over a scope's reports. */
export type AmountTotal = { templateId: number; templateName: string; fieldKey: string; label: string; total: number; count: number };

/**
 * The total of every money (金額) field of the report templates over a customer's reports,
 * or over the reports of an organization's current members. One scan of the scope's
 * reports, two aggregates per field; a value stored before the field became money (text)
 * is left out rather than guessed. Archived templates count while they have values.
 */
export async function amountTotals(scope: AmountScope): Promise<AmountTotal[]> {
  if ("organizationId" in scope) await requireOrganizations();
  else await requireUser();
  const list = await db
    .select({ id: templates.id, name: templates.name, fields: templates.fields, archivedAt: templates.archivedAt })
    .from(templates)
    .where(eq(templates.kind, "report"));
  const money = list.flatMap((t) => t.fields.filter((f) => f.type === "money").map((f) => ({ template: t, field: f })));
  if (money.length === 0) return [];

  const columns: Record<string, SQL<string>> = {};
  money.forEach(({ template, field }, i) => {
    const present = sql`${reports.templateId} = ${template.id} and jsonb_typeof(${reports.fields} -> ${field.key}) = 'number'`;
    columns[`s${i}`] = sql<string>`coalesce(sum((${reports.fields} ->> ${field.key})::numeric) filter (where ${present}), 0)::text`;
    columns[`c${i}`] = sql<string>`(count(*) filter (where ${present}))::text`;
  });
  const owner =
    "organizationId" in scope
      ? inArray(
          reports.customerId,
          db.select({ id: customers.id }).from(customers).where(eq(customers.organizationId, scope.organizationId)),
        )
      : eq(reports.customerId, scope.customerId);
  const [row] = await db.select(columns).from(reports).where(owner);

  return money
    .map(({ template, field }, i) => ({
      templateId: template.id,
      templateName: template.name,
      fieldKey: field.key,
      label: field.label,
      total: Number(row?.[`s${i}`] ?? 0),
      count: Number(row?.[`c${i}`] ?? 0),
      archived: template.archivedAt !== null,
    }))
    .filter((t) => !t.archived || t.count > 0)
    .map(({ archived: _archived, ...total }) => total);
}
