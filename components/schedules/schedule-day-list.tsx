import { formatDayHeading } from "@/lib/schedules/model/list";
import type { ScheduleItem } from "@/lib/schedules/queries";
import { tokyoDayKey } from "@/lib/shared/tokyo-time";
import { ScheduleCard } from "./schedule-card";

/** Schedules under a heading per Tokyo day, the order kept as the query gave it; 今日 is named. */
export function ScheduleDayList({ rows, now, byDoneDay }: { rows: ScheduleItem[]; now: Date; byDoneDay?: boolean }) {
  const today = tokyoDayKey(now);
  const groups: { key: string; date: Date; items: ScheduleItem[] }[] = [];
  for (const item of rows) {
    const date = byDoneDay && item.doneAt ? item.doneAt : item.startsAt;
    const key = tokyoDayKey(date);
    const last = groups.at(-1);
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, date, items: [item] });
  }
  return (
    <div className="space-y-5">
      {groups.map((group) => (
        <section key={group.key} aria-label={formatDayHeading(group.date)} className="space-y-2">
          <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-700">
            {formatDayHeading(group.date)}
            {group.key === today && <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">今日</span>}
            {byDoneDay && <span className="text-xs font-normal text-slate-500">に完了</span>}
          </h2>
          <div className="space-y-2">
            {group.items.map((item) => (
              <ScheduleCard key={item.id} item={item} timeOnly={!byDoneDay} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
