import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { customers, customerStatusChanges, statuses, templates } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { PG_CHECK_VIOLATION, pgErrorCode } from "@/lib/db/pg-error";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";
import {
  createCustomerInput,
  deleteCustomerInput,
  setImportantInput,
  TOO_MANY_TAGS,
  updateCustomerInput,
  type CreateCustomerInput,
  type UpdateCustomerInput,
} from "@/lib/customers/model/inputs";
import { checkCustomerReferences, loadCustomerTemplate, requireOrganizationsFor } from "./references";
import { searchColumns } from "@/lib/search/search-columns";
import { lockCustomersForDeletion } from "./deletion-lock";

/** Splits validated template values into the builtin columns and the JSONB fields. */
function toColumns(stored: StoredValues, templateFields: readonly FieldDefinition[], kept: StoredValues = {}) {
  const { name, nameKana, searchKeywords, ...rest } = stored;
  const fields: StoredValues = { ...kept, ...rest };
  const columns = { name: String(name ?? ""), nameKana: String(nameKana ?? ""), searchKeywords: String(searchKeywords ?? "") };
  return { ...columns, fields, ...searchColumns({ ...columns, fields, templateFields }) };
}

/** The database's own refusal of a sixth tag (CHECK), named for the user. */
export function asTooManyTags(error: unknown): unknown {
  return pgErrorCode(error) === PG_CHECK_VIOLATION ? new DomainError(TOO_MANY_TAGS, { tagIds: [TOO_MANY_TAGS] }) : error;
}

async function recordStatusChange(
  tx: Database,
  change: { customerId: number; from: { id: number; name: string } | null; to: { id: number; name: string }; actorId: number },
) {
  await tx.insert(customerStatusChanges).values({
    customerId: change.customerId,
    fromStatusId: change.from?.id ?? null,
    fromStatusName: change.from?.name ?? null,
    toStatusId: change.to.id,
    toStatusName: change.to.name,
    changedBy: change.actorId,
  });
}

export async function createCustomer(input: CreateCustomerInput): Promise<{ id: number }> {
  const actor = await requireUser();
  const data = createCustomerInput.parse(input);
  await requireOrganizationsFor(data.organizationId);
  try {
    return await db.transaction(async (tx) => {
      const template = await loadCustomerTemplate(tx, data.templateId);
      const stored = buildValuesSchema(template.fields).parse(data.values);
      const { statusName } = await checkCustomerReferences(tx, data);
      const [created] = await tx
        .insert(customers)
        .values({
          templateId: template.id,
          ...toColumns(stored, template.fields),
          statusId: data.statusId,
          classId: data.classId,
          tagIds: data.tagIds,
          important: data.important,
          organizationId: data.organizationId ?? null,
          createdBy: actor.id,
          updatedBy: actor.id,
        })
        .returning({ id: customers.id });
      if (!created) throw new Error("insert returned no row");
      await recordStatusChange(tx, { customerId: created.id, from: null, to: { id: data.statusId, name: statusName }, actorId: actor.id });
      await recordAudit(tx, { actorId: actor.id, action: "create", entity: "customer", entityId: created.id });
      return created;
    });
  } catch (error) {
    throw asTooManyTags(error);
  }
}

/** Saves an edit made from `version`; values of fields no longer in the template are kept. */
export async function updateCustomer(input: UpdateCustomerInput): Promise<{ version: number }> {
  const actor = await requireUser();
  const data = updateCustomerInput.parse(input);
  await requireOrganizationsFor(data.organizationId);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(customers).where(eq(customers.id, data.id)).for("update");
      if (!current) throw new NotFoundError("顧客");
      if (current.version !== data.version) throw new StaleEditError("この顧客");
      const template =
        data.templateId === current.templateId
          ? (await tx.select().from(templates).where(eq(templates.id, current.templateId)))[0]!
          : await loadCustomerTemplate(tx, data.templateId);
      const stored = buildValuesSchema(template.fields).parse(data.values);
      const inTemplate = new Set(template.fields.map((f) => f.key));
      const kept = Object.fromEntries(Object.entries(current.fields).filter(([key]) => !inTemplate.has(key)));
      const { statusName } = await checkCustomerReferences(tx, data);
      await tx
        .update(customers)
        .set({
          templateId: template.id,
          ...toColumns(stored, template.fields, kept),
          statusId: data.statusId,
          classId: data.classId,
          tagIds: data.tagIds,
          important: data.important,
          ...(data.organizationId === undefined ? {} : { organizationId: data.organizationId }),
          version: sql`${customers.version} + 1`,
          updatedAt: sql`now()`,
          updatedBy: actor.id,
        })
        .where(eq(customers.id, data.id));
      if (current.statusId !== data.statusId) {
        const from = await statusNameOf(tx, current.statusId);
        await recordStatusChange(tx, { customerId: data.id, from, to: { id: data.statusId, name: statusName }, actorId: actor.id });
      }
      await recordAudit(tx, { actorId: actor.id, action: "update", entity: "customer", entityId: data.id });
      return { version: current.version + 1 };
    });
  } catch (error) {
    throw asTooManyTags(error);
  }
}

async function statusNameOf(tx: Database, statusId: number) {
  const [row] = await tx.select({ name: statuses.name }).from(statuses).where(eq(statuses.id, statusId));
  return { id: statusId, name: row?.name ?? "" };
}

/** The list's star: one flag, no version check, because it cannot overwrite anyone's typing. */
export async function setCustomerImportant(input: { id: number; important: boolean }): Promise<{ important: boolean }> {
  const actor = await requireUser();
  const { id, important } = setImportantInput.parse(input);
  const updated = await db
    .update(customers)
    .set({ important, version: sql`${customers.version} + 1`, updatedAt: sql`now()`, updatedBy: actor.id })
    .where(eq(customers.id, id))
    .returning({ important: customers.important });
  if (updated.length === 0) throw new NotFoundError("顧客");
  return updated[0]!;
}

export async function deleteCustomer(input: { id: number; version: number }): Promise<void> {
  const actor = await requireUser();
  const { id, version } = deleteCustomerInput.parse(input);
  await db.transaction(async (tx) => {
    await lockCustomersForDeletion(tx);
    const [current] = await tx.select({ version: customers.version }).from(customers).where(eq(customers.id, id)).for("update");
    if (!current) throw new NotFoundError("顧客");
    if (current.version !== version) throw new StaleEditError("この顧客");
    await tx.delete(customers).where(eq(customers.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "delete", entity: "customer", entityId: id });
  });
}
