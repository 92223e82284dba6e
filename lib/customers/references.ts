import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { customerClasses, organizations, statuses, tags, templates } from "@/db/schema";
import { requireFeature } from "@/lib/features/queries";
import { DomainError } from "@/lib/errors";

export async function checkStatus(tx: Database, statusId: number): Promise<{ name: string }> {
  const [status] = await tx.select({ name: statuses.name }).from(statuses).where(eq(statuses.id, statusId));
  if (!status)
    throw new DomainError("選択したステータスは削除されました。選び直してください。", { statusId: ["選択したステータスは削除されました"] });
  return status;
}

export async function checkClass(tx: Database, classId: number | null): Promise<void> {
  if (classId === null) return;
  const [cls] = await tx.select({ id: customerClasses.id }).from(customerClasses).where(eq(customerClasses.id, classId));
  if (!cls) throw new DomainError("選択した客区分は削除されました。選び直してください。", { classId: ["選択した客区分は削除されました"] });
}

/**
 * Tags are locked FOR SHARE: a tag being deleted right now (FOR UPDATE) waits for this write,
 * or this write waits and then finds the tag gone; either way no customer keeps a deleted tag.
 */
export async function checkTags(tx: Database, tagIds: number[]): Promise<void> {
  if (tagIds.length === 0) return;
  const found = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, tagIds)).for("share");
  if (found.length !== tagIds.length) {
    throw new DomainError("選択したタグの一部は削除されました。選び直してください。", { tagIds: ["削除されたタグが含まれています"] });
  }
}

/**
 * 所属組織 may be set only while the 顧客組織 feature is on. Called before the transaction:
 * on PGlite a query outside an open transaction would wait for it forever.
 */
export async function requireOrganizationsFor(organizationId: number | null | undefined): Promise<void> {
  if (organizationId !== undefined) await requireFeature("organizations");
}

/** The organization is locked FOR SHARE so that one being deleted cannot take a new member. */
export async function checkOrganization(tx: Database, organizationId: number | null | undefined): Promise<void> {
  if (organizationId === undefined || organizationId === null) return;
  const [org] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("share");
  if (!org)
    throw new DomainError("選択した顧客組織は削除されました。選び直してください。", {
      organizationId: ["選択した顧客組織は削除されました"],
    });
}

/** Checks that the status, class and tags a customer points to exist. */
export async function checkCustomerReferences(
  tx: Database,
  refs: { statusId: number; classId: number | null; tagIds: number[]; organizationId?: number | null },
): Promise<{ statusName: string }> {
  const status = await checkStatus(tx, refs.statusId);
  await checkOrganization(tx, refs.organizationId);
  await checkClass(tx, refs.classId);
  await checkTags(tx, refs.tagIds);
  return { statusName: status.name };
}

/** A customer template that may take new records: the right kind, not archived. */
export async function loadCustomerTemplate(tx: Database, templateId: number) {
  const [template] = await tx
    .select()
    .from(templates)
    .where(and(eq(templates.id, templateId), eq(templates.kind, "customer"), isNull(templates.archivedAt)));
  if (!template)
    throw new DomainError("このテンプレートは使用できません(削除・アーカイブされたか、顧客用ではありません)。", {
      templateId: ["テンプレートを選び直してください"],
    });
  return template;
}
