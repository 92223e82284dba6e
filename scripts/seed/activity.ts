import { asc, count, eq } from "drizzle-orm";
import { customers, reports, templates } from "@/db/schema";
import { runAs } from "@/lib/auth/current-user";
import { createReport } from "@/lib/reports/mutations";
import { createSchedule, setScheduleDone } from "@/lib/schedules/mutations";
import { addDays, toTokyoLocal, tokyoDayStart } from "@/lib/shared/tokyo-time";
import { db } from "@/db/client";

const CONTENTS = [
  "2階建てプランの初回提案。予算と間取りの希望をヒアリング",
  "見積りの説明。外構は別途検討",
  "土地の候補を2件紹介。週末に現地確認の予定",
  "契約前の最終確認。ローン事前審査は通過済み",
];
const PLACES = ["本社モデルハウス", "お客様宅", "分譲地 現地", "オンライン"];

/** Tokyo wall clock `days` from today at `hour`:00, as the forms send it. */
function at(days: number, hour: number): string {
  return toTokyoLocal(new Date(addDays(tokyoDayStart(new Date()), days).getTime() + hour * 3_600_000));
}

/**
 * A few weeks of activity for the first demo customers: 商談記録 with amounts, 来社履歴, and
 * schedules around today (one overdue, some done), so the lists and timelines have content.
 */
export async function seedDemoActivity(adminId: number): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(reports);
  if ((existing?.n ?? 0) > 0) return;
  const list = await db.select({ id: templates.id, name: templates.name }).from(templates).where(eq(templates.kind, "report"));
  const deal = list.find((t) => t.name === "商談記録");
  const visit = list.find((t) => t.name === "来社履歴");
  const people = await db.select({ id: customers.id }).from(customers).orderBy(asc(customers.id)).limit(8);
  if (!deal || !visit) return;
  await runAs(adminId, async () => {
    for (const [i, { id }] of people.entries()) {
      const visitAt = at(-20 + i, 11);
      await createReport({
        templateId: visit.id,
        customerId: id,
        occurredAt: visitAt,
        values: { visitedAt: visitAt, purpose: i % 2 ? "打ち合わせ" : "モデルハウス見学", content: "ご家族4名で来場" },
      });
      const dealAt = at(-10 + i, 14);
      const amount = (30 + ((i * 7) % 25)) * 1_000_000;
      await createReport({
        templateId: deal.id,
        customerId: id,
        occurredAt: dealAt,
        title: i % 3 ? "" : "プラン提案",
        values: { meetingAt: dealAt, dealAmount: amount, content: CONTENTS[i % CONTENTS.length], nextAction: "次回までに概算見積りを送付" },
      });
      const done = await createSchedule({ customerId: id, title: "資料送付の電話", startsAt: at(-3 + (i % 3), 10), assigneeId: adminId });
      if (i % 2 === 0) await setScheduleDone({ id: done.id, done: true });
      await createSchedule({
        customerId: id,
        title: i % 2 ? "プラン打ち合わせ" : "現場見学会のご案内",
        startsAt: at(i % 5, 13 + (i % 4)),
        endsAt: at(i % 5, 14 + (i % 4)),
        place: PLACES[i % PLACES.length],
        assigneeId: adminId,
      });
    }
  });
}
