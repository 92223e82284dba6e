import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { reports, templates } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError, StaleEditError } from "@/lib/errors";
import { buildValuesSchema } from "@/lib/templates/model/values";
import {
  createReportInput,
  deleteReportInput,
  updateReportInput,
  type CreateReportInput,
  type UpdateReportInput,
} from "@/lib/reports/model/inputs";
import { checkCustomerExists, loadReportTemplate } from "./references";
import { reportSearchText } from "./search-text";

/** 報告書を書く: the author is whoever is signed in, never a value from the form. */
export async function createReport(input: CreateReportInput): Promise<{ id: number; customerId: number }> {
  const actor = await requireUser();
  const data = createReportInput.parse(input);
  return db.transaction(async (tx) => {
    const template = await loadReportTemplate(tx, data.templateId);
    const fields = buildValuesSchema(template.fields).parse(data.values);
    await checkCustomerExists(tx, data.customerId);
    const [created] = await tx
      .insert(reports)
      .values({
        templateId: template.id,
        customerId: data.customerId,
        authorId: actor.id,
        occurredAt: data.occurredAt,
        title: data.title,
        fields,
        searchText: reportSearchText({ title: data.title, templateName: template.name, fields, templateFields: template.fields }),
      })
      .returning({ id: reports.id, customerId: reports.customerId });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, { actorId: actor.id, action: "create", entity: "report", entityId: created.id });
    return created;
  });
}

/** Saves an edit made from `version`; values of fields no longer in the template are kept. */
export async function updateReport(input: UpdateReportInput): Promise<{ version: number; customerId: number }> {
  const actor = await requireUser();
  const data = updateReportInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(reports).where(eq(reports.id, data.id)).for("update");
    if (!current) throw new NotFoundError("報告書");
    if (current.version !== data.version) throw new StaleEditError("この報告書");
    const [template] = await tx.select().from(templates).where(eq(templates.id, current.templateId));
    if (!template) throw new NotFoundError("報告書のテンプレート");
    const stored = buildValuesSchema(template.fields).parse(data.values);
    const inTemplate = new Set(template.fields.map((f) => f.key));
    const kept = Object.fromEntries(Object.entries(current.fields).filter(([key]) => !inTemplate.has(key)));
    const fields = { ...kept, ...stored };
    if (data.customerId !== current.customerId) await checkCustomerExists(tx, data.customerId);
    await tx
      .update(reports)
      .set({
        customerId: data.customerId,
        occurredAt: data.occurredAt,
        title: data.title,
        fields,
        searchText: reportSearchText({ title: data.title, templateName: template.name, fields, templateFields: template.fields }),
        version: sql`${reports.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(reports.id, data.id));
    const diff = data.customerId !== current.customerId ? { customerId: [current.customerId, data.customerId] } : undefined;
    await recordAudit(tx, { actorId: actor.id, action: "update", entity: "report", entityId: data.id, diff });
    return { version: current.version + 1, customerId: data.customerId };
  });
}

export async function deleteReport(input: { id: number; version: number }): Promise<{ customerId: number }> {
  const actor = await requireUser();
  const { id, version } = deleteReportInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: reports.version, customerId: reports.customerId })
      .from(reports)
      .where(eq(reports.id, id))
      .for("update");
    if (!current) throw new NotFoundError("報告書");
    if (current.version !== version) throw new StaleEditError("この報告書");
    await tx.delete(reports).where(eq(reports.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entity: "report",
      entityId: id,
      diff: { customerId: current.customerId },
    });
    return { customerId: current.customerId };
  });
}
