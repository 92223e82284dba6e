import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { organizations, templates } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import { searchColumns } from "@/lib/search/search-columns";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";
import { requireOrganizations } from "./guard";
import {
  createOrganizationInput,
  deleteOrganizationInput,
  updateOrganizationInput,
  type CreateOrganizationInput,
  type UpdateOrganizationInput,
} from "./model";

async function organizationTemplate(tx: Database, templateId: number, allowArchived = false) {
  const [template] = await tx
    .select()
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.kind, "organization"), allowArchived ? undefined : isNull(templates.archivedAt)));
  if (!template)
    throw new DomainError("このテンプレートは使用できません(アーカイブされたか、顧客組織用ではありません)。", {
      templateId: ["テンプレートを選び直してください"],
    });
  return template;
}

/** Validated template values as columns: builtins to their columns, the rest to JSONB. */
export function organizationColumns(stored: StoredValues, templateFields: readonly FieldDefinition[], kept: StoredValues = {}) {
  const { name, nameKana, searchKeywords, ...rest } = stored;
  const fields: StoredValues = { ...kept, ...rest };
  const columns = { name: String(name ?? ""), nameKana: String(nameKana ?? ""), searchKeywords: String(searchKeywords ?? "") };
  return { ...columns, fields, ...searchColumns({ ...columns, fields, templateFields }) };
}

export async function createOrganization(input: CreateOrganizationInput): Promise<{ id: number }> {
  const actor = await requireOrganizations();
  const data = createOrganizationInput.parse(input);
  return db.transaction(async (tx) => {
    const template = await organizationTemplate(tx, data.templateId);
    const stored = buildValuesSchema(template.fields).parse(data.values);
    const [created] = await tx
      .insert(organizations)
      .values({ templateId: template.id, ...organizationColumns(stored, template.fields), createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: organizations.id });
    await recordAudit(tx, { actorId: actor.id, action: "create", entity: "organization", entityId: created!.id });
    return created!;
  });
}

export async function updateOrganization(input: UpdateOrganizationInput): Promise<{ version: number }> {
  const actor = await requireOrganizations();
  const data = updateOrganizationInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, data.id)).for("update");
    if (!current) throw new NotFoundError("顧客組織");
    if (current.version !== data.version) throw new StaleEditError("この顧客組織");
    const template = await organizationTemplate(tx, data.templateId, data.templateId === current.templateId);
    const stored = buildValuesSchema(template.fields).parse(data.values);
    const inTemplate = new Set(template.fields.map((f) => f.key));
    const kept = Object.fromEntries(Object.entries(current.fields).filter(([key]) => !inTemplate.has(key)));
    await tx
      .update(organizations)
      .set({
        templateId: template.id,
        ...organizationColumns(stored, template.fields, kept),
        version: sql`${organizations.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
      })
      .where(eq(organizations.id, data.id));
    await recordAudit(tx, { actorId: actor.id, action: "update", entity: "organization", entityId: data.id });
    return { version: current.version + 1 };
  });
}

/** Members stay as customers without an organization (the foreign key sets them free). */
export async function deleteOrganization(input: { id: number; version: number }): Promise<{ freedMembers: number }> {
  const actor = await requireOrganizations();
  const { id, version } = deleteOrganizationInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ version: organizations.version }).from(organizations).where(eq(organizations.id, id)).for("update");
    if (!current) throw new NotFoundError("顧客組織");
    if (current.version !== version) throw new StaleEditError("この顧客組織");
    const freed = await tx.execute(
      sql`update customers set organization_id = null, version = version + 1, updated_at = now(), updated_by = ${actor.id} where organization_id = ${id}`,
    );
    await tx.delete(organizations).where(eq(organizations.id, id));
    const freedMembers = Number(
      (freed as { count?: number; affectedRows?: number }).count ?? (freed as { affectedRows?: number }).affectedRows ?? 0,
    );
    await recordAudit(tx, { actorId: actor.id, action: "delete", entity: "organization", entityId: id, diff: { freedMembers } });
    return { freedMembers };
  });
}
