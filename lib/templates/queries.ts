import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { templates, type TemplateRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import type { TemplateKind } from "@/lib/templates/model/definition";

export type Template = TemplateRow;

/** Templates of a kind, the default first; archived ones only when asked. */
export async function listTemplates(kind: TemplateKind, options: { includeArchived?: boolean } = {}): Promise<Template[]> {
  await requireUser();
  return db
    .select()
    .from(templates)
    .where(and(eq(templates.kind, kind), options.includeArchived ? undefined : isNull(templates.archivedAt)))
    .orderBy(asc(templates.archivedAt), desc(templates.isDefault), asc(templates.id));
}

export async function getTemplate(id: number): Promise<Template> {
  await requireUser();
  const [row] = await db.select().from(templates).where(eq(templates.id, id));
  if (!row) throw new NotFoundError("テンプレート");
  return row;
}
