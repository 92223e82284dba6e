import { MapPin, Pencil, UserRound } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/shared/cn";
import { formatScheduleTime, formatTime, TONE_LABELS } from "@/lib/schedules/model/list";
import type { ScheduleItem } from "@/lib/schedules/queries";
import { tokyoDayKey } from "@/lib/shared/tokyo-time";
import { DeleteScheduleButton } from "./delete-schedule-button";
import { ScheduleDoneButton } from "./schedule-done-button";

const TONE_CLASS = {
  overdue: "border-l-red-500 bg-red-50/70",
  upcoming: "border-l-brand-500 bg-white",
  done: "border-l-emerald-400 bg-slate-50",
} as const;

/**
 * One schedule with its one-tap actions (完了, 編集, 削除). Overdue ones stand out in red;
 * done ones are muted. `timeOnly` when a day heading above already says the date.
 */
export function ScheduleCard({
  item,
  showCustomer = true,
  timeOnly,
  from,
}: {
  item: ScheduleItem;
  showCustomer?: boolean;
  timeOnly?: boolean;
  from?: "customer";
}) {
  const sameDay = !item.endsAt || tokyoDayKey(item.endsAt) === tokyoDayKey(item.startsAt);
  const when =
    timeOnly && sameDay
      ? `${formatTime(item.startsAt)}${item.endsAt ? `〜${formatTime(item.endsAt)}` : ""}`
      : formatScheduleTime(item.startsAt, item.endsAt);
  const edit = `/schedules/${item.id}/edit${from ? `?from=${from}` : ""}`;
  return (
    <article
      className={cn("flex items-start gap-1 rounded-lg border border-l-4 border-slate-200 py-2 pr-1 pl-1", TONE_CLASS[item.tone])}
      data-schedule-id={item.id}
      data-tone={item.tone}
      aria-label={`予定: ${item.title}`}
    >
      <ScheduleDoneButton schedule={{ id: item.id, title: item.title, done: item.doneAt !== null }} />
      <div className="min-w-0 flex-1 space-y-0.5 py-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
          <time className={cn("font-semibold tabular-nums", item.tone === "overdue" ? "text-red-700" : "text-slate-700")}>{when}</time>
          {item.tone !== "upcoming" && <Badge tone={item.tone === "overdue" ? "warning" : "success"}>{TONE_LABELS[item.tone]}</Badge>}
        </p>
        <p className={cn("text-sm font-medium break-words", item.doneAt ? "text-slate-500 line-through" : "text-slate-900")}>
          {item.title}
        </p>
        <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
          {showCustomer && (
            <Link href={`/customers/${item.customer.id}`} className="font-medium text-brand-700 hover:underline">
              {item.customer.name} 様
            </Link>
          )}
          {item.place && (
            <span className="inline-flex items-center gap-1">
              <MapPin aria-hidden className="size-3" />
              {item.place}
            </span>
          )}
          <span className="inline-flex items-center gap-1">
            <UserRound aria-hidden className="size-3" />
            {item.assignee?.name ?? "担当者未定"}
          </span>
        </p>
        {item.note && <p className="line-clamp-2 text-xs whitespace-pre-wrap text-slate-500">{item.note}</p>}
      </div>
      <Link
        href={edit}
        aria-label={`予定「${item.title}」を編集`}
        className="grid size-10 shrink-0 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800"
      >
        <Pencil aria-hidden className="size-4" />
      </Link>
      <DeleteScheduleButton
        iconOnly
        schedule={{ id: item.id, version: item.version, title: item.title, customerName: item.customer.name }}
      />
    </article>
  );
}
