import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { schedules, timelineEntries, users } from "@/db/schema";
import { DomainError, StaleEditError } from "@/lib/errors";
import { deleteSchedule, setScheduleDone, updateSchedule } from "@/lib/schedules/mutations";
import { getSchedule, listSchedules, openSchedulesOf } from "@/lib/schedules/queries";
import type { ScheduleListState } from "@/lib/schedules/model/list";
import { timelinePage } from "@/lib/timeline/queries";
import { asUser, createUser } from "./helpers/factories";
import { addSchedule, insertPlainCustomers, unique } from "./helpers/report-factories";

// Wednesday 2030-06-12 12:00 in Tokyo: the week runs Monday 06-10 to Sunday 06-16.
const NOW = new Date("2030-06-12T03:00:00Z");
const titles = async (user: { id: number }, state: Partial<ScheduleListState>) =>
  (await asUser(user, () => listSchedules({ range: "week", who: "mine", page: 1, ...state }, NOW))).rows.map((r) => r.title);

describe("schedules", () => {
  it("adds a schedule for a customer, with the timeline entry at its start", async () => {
    const user = await createUser({ name: "担当 一郎" });
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const { id } = await addSchedule(user, customer!.id, {
      title: "プラン提案",
      startsAt: "2030-06-12T15:00",
      endsAt: "2030-06-12T16:30",
      place: "モデルハウス",
      note: "図面を持参",
    });
    const schedule = await asUser(user, () => getSchedule(id));
    expect(schedule).toMatchObject({
      title: "プラン提案",
      place: "モデルハウス",
      note: "図面を持参",
      version: 1,
      doneAt: null,
      assignee: { id: user.id, name: "担当 一郎" },
      customer: { id: customer!.id },
    });
    expect(schedule.startsAt.toISOString()).toBe("2030-06-12T06:00:00.000Z");
    const [entry] = await db
      .select()
      .from(timelineEntries)
      .where(and(eq(timelineEntries.kind, "schedule"), eq(timelineEntries.refId, id)));
    expect(entry).toMatchObject({ customerId: customer!.id, occurredAt: schedule.startsAt });
  });

  it("refuses a missing title or start, an end before the start, and a disabled 担当者, in Japanese at the field", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`青木 ${unique()}`]);
    const error = await addSchedule(user, customer!.id, { title: " ", startsAt: "" }).catch((e: unknown) => e);
    expect((error as z.ZodError).issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(
      expect.arrayContaining(["title:件名を入力してください", "startsAt:開始日時を入力してください"]),
    );
    const reversed = await addSchedule(user, customer!.id, { startsAt: "2030-06-12T15:00", endsAt: "2030-06-12T14:00" }).catch(
      (e: unknown) => e,
    );
    expect((reversed as z.ZodError).issues).toEqual([
      expect.objectContaining({ path: ["endsAt"], message: "終了日時は開始日時より後にしてください" }),
    ]);
    const gone = await createUser();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id));
    const refused = await addSchedule(user, customer!.id, { assigneeId: gone.id }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fieldErrors).toEqual({ assigneeId: ["担当者を選び直してください"] });
  });

  it("edits with a version check and deletes with one; the timeline follows both", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const { id } = await addSchedule(user, customer!.id);
    const edit = {
      id,
      version: 1,
      customerId: customer!.id,
      title: "日程変更",
      startsAt: "2030-07-01T09:00",
      endsAt: "",
      place: "",
      note: "",
      assigneeId: "",
    };
    expect(await asUser(user, () => updateSchedule(edit))).toEqual({ version: 2, customerId: customer!.id });
    await expect(asUser(user, () => updateSchedule({ ...edit, title: "古い画面から" }))).rejects.toThrow(StaleEditError);
    expect(await asUser(user, () => getSchedule(id))).toMatchObject({ title: "日程変更", assignee: null, endsAt: null, version: 2 });
    const [entry] = await db
      .select()
      .from(timelineEntries)
      .where(and(eq(timelineEntries.kind, "schedule"), eq(timelineEntries.refId, id)));
    expect(entry?.occurredAt.toISOString()).toBe("2030-07-01T00:00:00.000Z");
    await expect(asUser(user, () => deleteSchedule({ id, version: 1 }))).rejects.toThrow(StaleEditError);
    await asUser(user, () => deleteSchedule({ id, version: 2 }));
    expect(await db.select().from(schedules).where(eq(schedules.id, id))).toEqual([]);
    expect(
      await db
        .select()
        .from(timelineEntries)
        .where(and(eq(timelineEntries.kind, "schedule"), eq(timelineEntries.refId, id))),
    ).toEqual([]);
  });

  it("marks done in one step (no version needed), keeps the first done time, and reopens", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const { id } = await addSchedule(user, customer!.id);
    const first = await asUser(user, () => setScheduleDone({ id, done: true }));
    expect(first.doneAt).toBeInstanceOf(Date);
    const again = await asUser(user, () => setScheduleDone({ id, done: true }));
    expect(again.doneAt?.getTime()).toBe(first.doneAt?.getTime());
    expect(await asUser(user, () => setScheduleDone({ id, done: false }))).toEqual({ doneAt: null });
    await expect(asUser(user, () => setScheduleDone({ id: 2_000_000_000, done: true }))).rejects.toThrow("予定が見つかりません");
    await expect(asUser(null, () => setScheduleDone({ id, done: true }))).rejects.toThrow("ログインしてください");
  });

  it("lists today, this week (Monday to Sunday in Tokyo), overdue, upcoming and done; mine or everyone's", async () => {
    const [me, colleague] = [await createUser(), await createUser()];
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const add = (title: string, startsAt: string, extra: { endsAt?: string; by?: { id: number } } = {}) =>
      addSchedule(extra.by ?? me, customer!.id, { title, startsAt, endsAt: extra.endsAt, assigneeId: (extra.by ?? me).id });
    await add("先週", "2030-06-09T23:00"); // Sunday before: overdue
    await add("月曜朝", "2030-06-10T00:00"); // overdue, this week
    await add("今朝終わった", "2030-06-12T09:00", { endsAt: "2030-06-12T10:00" }); // overdue
    await add("今まさに", "2030-06-12T11:30", { endsAt: "2030-06-12T13:00" }); // in progress: not overdue
    await add("今日の午後", "2030-06-12T15:00");
    await add("日曜深夜", "2030-06-16T23:59");
    await add("来週", "2030-06-17T00:00");
    await add("同僚の今日", "2030-06-12T16:00", { by: colleague });
    const done = await add("済んだ", "2030-06-11T10:00");
    await asUser(me, () => setScheduleDone({ id: done.id, done: true }));

    expect(await titles(me, { range: "today" })).toEqual(["今朝終わった", "今まさに", "今日の午後"]);
    expect(await titles(me, { range: "week" })).toEqual(["月曜朝", "済んだ", "今朝終わった", "今まさに", "今日の午後", "日曜深夜"]);
    expect(await titles(me, { range: "overdue" })).toEqual(["今朝終わった", "月曜朝", "先週"]);
    expect(await titles(me, { range: "upcoming" })).toEqual(["今まさに", "今日の午後", "日曜深夜", "来週"]);
    expect(await titles(me, { range: "done" })).toEqual(["済んだ"]);
    expect(await titles(me, { range: "today", who: "all" })).toEqual(expect.arrayContaining(["今日の午後", "同僚の今日"]));
    const week = await asUser(me, () => listSchedules({ range: "week", who: "mine", page: 1 }, NOW));
    expect(week.overdueCount).toBe(3);
    expect(week.rows.map((r) => [r.title, r.tone])).toEqual(
      expect.arrayContaining([
        ["月曜朝", "overdue"],
        ["済んだ", "done"],
        ["今まさに", "upcoming"],
      ]),
    );
  });

  it("shows a customer's open schedules (overdue first, then by time) and its timeline says which are done or overdue", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const past = await addSchedule(user, customer!.id, { title: "電話する", startsAt: "2020-01-01T10:00" });
    const future = await addSchedule(user, customer!.id, { title: "現場見学会", startsAt: "2099-01-01T10:00", place: "分譲地" });
    const finished = await addSchedule(user, customer!.id, { title: "資料送付", startsAt: "2021-01-01T10:00" });
    await asUser(user, () => setScheduleDone({ id: finished.id, done: true }));
    const open = await asUser(user, () => openSchedulesOf(customer!.id));
    expect(open.rows.map((r) => [r.id, r.tone])).toEqual([
      [past.id, "overdue"],
      [future.id, "upcoming"],
    ]);
    expect(open.total).toBe(2);
    const timeline = await asUser(user, () => timelinePage({ customerId: customer!.id }));
    expect(timeline.items.map((i) => [i.title, i.tone])).toEqual([
      ["【予定】現場見学会", "upcoming"],
      ["【完了】資料送付", "done"],
      ["【期限切れ】電話する", "overdue"],
    ]);
    expect(timeline.items[0]).toMatchObject({
      kind: "schedule",
      lines: expect.arrayContaining(["場所: 分譲地"]),
      href: `/schedules/${future.id}/edit?from=customer`,
    });
  });
});
