import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { schedules, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import { checkCustomerExists } from "@/lib/reports/references";
import {
  createScheduleInput,
  deleteScheduleInput,
  setScheduleDoneInput,
  updateScheduleInput,
  type CreateScheduleInput,
  type UpdateScheduleInput,
} from "@/lib/schedules/model/inputs";

/** 担当者 must be someone who can sign in; keeping a disabled one already assigned is allowed. */
async function checkAssignee(tx: Database, assigneeId: number | null, keep: number | null = null) {
  if (assigneeId === null || assigneeId === keep) return;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, assigneeId), isNull(users.disabledAt)));
  if (!user)
    throw new DomainError("選択した担当者は無効化されたか削除されています。別の担当者を選んでください。", {
      assigneeId: ["担当者を選び直してください"],
    });
}

export async function createSchedule(input: CreateScheduleInput): Promise<{ id: number; customerId: number }> {
  const actor = await requireUser();
  const data = createScheduleInput.parse(input);
  return db.transaction(async (tx) => {
    await checkCustomerExists(tx, data.customerId);
    await checkAssignee(tx, data.assigneeId);
    const [created] = await tx
      .insert(schedules)
      .values({ ...data, createdBy: actor.id })
      .returning({ id: schedules.id, customerId: schedules.customerId });
    if (!created) throw new Error("insert returned no row");
    await recordAudit(tx, { actorId: actor.id, action: "create", entity: "schedule", entityId: created.id });
    return created;
  });
}

/** Saves an edit made from `version`; a newer save by someone else is never overwritten. */
export async function updateSchedule(input: UpdateScheduleInput): Promise<{ version: number; customerId: number }> {
  const actor = await requireUser();
  const { id, version, ...data } = updateScheduleInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(schedules).where(eq(schedules.id, id)).for("update");
    if (!current) throw new NotFoundError("予定");
    if (current.version !== version) throw new StaleEditError("この予定");
    if (data.customerId !== current.customerId) await checkCustomerExists(tx, data.customerId);
    await checkAssignee(tx, data.assigneeId, current.assigneeId);
    await tx
      .update(schedules)
      .set({ ...data, version: sql`${schedules.version} + 1`, updatedAt: sql`now()` })
      .where(eq(schedules.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "update", entity: "schedule", entityId: id });
    return { version: current.version + 1, customerId: data.customerId };
  });
}

/**
 * 完了 / 未完了 in one click, with no version check: a flag cannot overwrite anyone's typing,
 * and the list must not refuse a tick because someone fixed a typo meanwhile.
 */
export async function setScheduleDone(input: { id: number; done: boolean }): Promise<{ doneAt: Date | null }> {
  const actor = await requireUser();
  const { id, done } = setScheduleDoneInput.parse(input);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schedules)
      // Ticking an already done schedule keeps the time it was first done.
      .set({
        doneAt: done ? sql`coalesce(${schedules.doneAt}, now())` : null,
        version: sql`${schedules.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(schedules.id, id))
      .returning({ doneAt: schedules.doneAt });
    if (!updated) throw new NotFoundError("予定");
    await recordAudit(tx, { actorId: actor.id, action: done ? "complete" : "reopen", entity: "schedule", entityId: id });
    return updated;
  });
}

export async function deleteSchedule(input: { id: number; version: number }): Promise<{ customerId: number }> {
  const actor = await requireUser();
  const { id, version } = deleteScheduleInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: schedules.version, customerId: schedules.customerId })
      .from(schedules)
      .where(eq(schedules.id, id))
      .for("update");
    if (!current) throw new NotFoundError("予定");
    if (current.version !== version) throw new StaleEditError("この予定");
    await tx.delete(schedules).where(eq(schedules.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entity: "schedule",
      entityId: id,
      diff: { customerId: current.customerId },
    });
    return { customerId: current.customerId };
  });
}
