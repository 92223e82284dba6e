import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, reports, templates, users, type ReportRow, type TemplateRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { listTemplates, type Template } from "@/lib/templates/queries";

export type ReportDetail = { report: ReportRow; template: TemplateRow; customer: { id: number; name: string }; authorName: string | null };

export async function getReport(id: number): Promise<ReportDetail> {
  await requireUser();
  const [row] = await db
    .select({ report: reports, template: templates, customer: { id: customers.id, name: customers.name }, authorName: users.name })
    .from(reports)
    .innerJoin(templates, eq(templates.id, reports.templateId))
    .innerJoin(customers, eq(customers.id, reports.customerId))
    .leftJoin(users, eq(users.id, reports.authorId))
    .where(eq(reports.id, id));
  if (!row) throw new NotFoundError("報告書");
  return row;
}

/** Report templates a new report may use (the default first), and every one for filters and old reports. */
export async function reportTemplates(): Promise<{ usable: Template[]; all: Template[] }> {
  const all = await listTemplates("report", { includeArchived: true });
  return { usable: all.filter((t) => !t.archivedAt), all };
}
