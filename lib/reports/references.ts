import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { customers, templates, type TemplateRow } from "@/db/schema";
import { DomainError } from "@/lib/errors";

/** A report template a new report may use: it exists, is a report template and is not archived. */
export async function loadReportTemplate(tx: Database, templateId: number): Promise<TemplateRow> {
  const [template] = await tx
    .select()
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.kind, "report")));
  if (!template)
    throw new DomainError("報告書のテンプレートが見つかりません。ページを再読み込みしてください。", {
      templateId: ["テンプレートを選択してください"],
    });
  if (template.archivedAt)
    throw new DomainError(`テンプレート「${template.name}」はアーカイブされたため、新しい報告書には使えません。`, {
      templateId: ["別のテンプレートを選択してください"],
    });
  return template;
}

/** The customer a report or schedule is written for; a deleted one is named at the field. */
export async function checkCustomerExists(tx: Database, customerId: number): Promise<{ id: number; name: string }> {
  const [customer] = await tx.select({ id: customers.id, name: customers.name }).from(customers).where(eq(customers.id, customerId));
  if (!customer)
    throw new DomainError("選択した顧客が見つかりません。削除された可能性があります。", { customerId: ["顧客を選び直してください"] });
  return customer;
}
