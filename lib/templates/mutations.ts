import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { templates } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import { builtinFields } from "@/lib/templates/model/definition";
import {
  retire,
  templateFieldIssues,
  createTemplateInput,
  templateIdInput,
  updateTemplateInput,
  type UpdateTemplateInput,
} from "@/lib/templates/model/inputs";

export async function createTemplate(input: { kind: string; name: string }): Promise<{ id: number }> {
  const actor = await requireAdmin();
  const { kind, name } = createTemplateInput.parse(input);
  return db.transaction(async (tx) => {
    const [existingDefault] = await tx
      .select({ id: templates.id })
      .from(templates)
      .where(and(eq(templates.kind, kind), eq(templates.isDefault, true)));
    const [created] = await tx
      .insert(templates)
      .values({ kind, name, fields: builtinFields(kind), isDefault: !existingDefault })
      .returning({ id: templates.id });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, { actorId: actor.id, action: "create", entity: "template", entityId: created.id });
    return created;
  });
}

/** Saves name and fields if nobody saved since `version` was read. */
export async function updateTemplate(input: UpdateTemplateInput): Promise<{ version: number }> {
  const actor = await requireAdmin();
  const { id, version, name, fields } = updateTemplateInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(templates).where(eq(templates.id, id)).for("update");
    if (!current) throw new NotFoundError("テンプレート");
    if (current.version !== version) throw new StaleEditError("このテンプレート");
    const issues = templateFieldIssues(current.kind, fields);
    if (issues.length > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      throw new DomainError(issues[0]!.message, fieldErrors);
    }
    const retiredFields = retire(current.fields, fields, current.retiredFields);
    await tx
      .update(templates)
      .set({ name, fields, retiredFields, version: sql`${templates.version} + 1`, updatedAt: sql`now()` })
      .where(eq(templates.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "update",
      entity: "template",
      entityId: id,
      diff: { fields: fields.map((f) => f.key), removed: retiredFields.map((f) => f.key) },
    });
    return { version: version + 1 };
  });
}

export async function setDefaultTemplate(input: { id: number }): Promise<void> {
  const actor = await requireAdmin();
  const { id } = templateIdInput.parse(input);
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(templates).where(eq(templates.id, id)).for("update");
    if (!target) throw new NotFoundError("テンプレート");
    if (target.archivedAt) throw new DomainError("アーカイブ済みのテンプレートは既定にできません");
    await tx
      .update(templates)
      .set({ isDefault: false })
      .where(and(eq(templates.kind, target.kind), eq(templates.isDefault, true)));
    await tx
      .update(templates)
      .set({ isDefault: true, updatedAt: sql`now()` })
      .where(eq(templates.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "set_default", entity: "template", entityId: id });
  });
}

export async function archiveTemplate(input: { id: number }): Promise<void> {
  const actor = await requireAdmin();
  const { id } = templateIdInput.parse(input);
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(templates).where(eq(templates.id, id)).for("update");
    if (!target) throw new NotFoundError("テンプレート");
    if (target.isDefault) throw new DomainError("既定のテンプレートはアーカイブできません。先に別のテンプレートを既定にしてください。");
    await tx
      .update(templates)
      .set({ archivedAt: sql`now()` })
      .where(and(eq(templates.id, id), isNull(templates.archivedAt)));
    await recordAudit(tx, { actorId: actor.id, action: "archive", entity: "template", entityId: id });
  });
}

export async function restoreTemplate(input: { id: number }): Promise<void> {
  const actor = await requireAdmin();
  const { id } = templateIdInput.parse(input);
  await db.transaction(async (tx) => {
    const updated = await tx.update(templates).set({ archivedAt: null }).where(eq(templates.id, id)).returning({ id: templates.id });
    if (updated.length === 0) throw new NotFoundError("テンプレート");
    await recordAudit(tx, { actorId: actor.id, action: "restore", entity: "template", entityId: id });
  });
}
