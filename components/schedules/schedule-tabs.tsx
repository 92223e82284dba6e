import Link from "next/link";
import { cn } from "@/lib/shared/cn";
import { RANGE_LABELS, SCHEDULE_RANGES, scheduleListStateToSearch, type ScheduleListState } from "@/lib/schedules/model/list";

/** The period tabs and the 自分 / 全員 switch of 予定一覧: links, so the URL holds the view. */
export function ScheduleTabs({ state, overdueCount }: { state: ScheduleListState; overdueCount: number }) {
  const href = (patch: Partial<ScheduleListState>) => `/schedules${scheduleListStateToSearch({ ...state, page: 1, ...patch })}`;
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="期間" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex w-max gap-1 rounded-lg bg-slate-100 p-1">
          {SCHEDULE_RANGES.map((range) => (
            <li key={range}>
              <Link
                href={href({ range })}
                aria-current={state.range === range ? "page" : undefined}
                className={cn(
                  "flex min-h-9 items-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap",
                  state.range === range ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
                )}
              >
                {RANGE_LABELS[range]}
                {range === "overdue" && overdueCount > 0 && (
                  <span className="rounded-full bg-red-600 px-1.5 text-xs text-white tabular-nums">{overdueCount}</span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div role="group" aria-label="担当者" className="flex gap-1 self-start rounded-lg border border-slate-200 bg-white p-1">
        {(["mine", "all"] as const).map((who) => (
          <Link
            key={who}
            href={href({ who })}
            aria-current={state.who === who ? "true" : undefined}
            className={cn(
              "flex min-h-9 items-center rounded-md px-3 text-sm font-medium",
              state.who === who ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-50",
            )}
          >
            {who === "mine" ? "自分の予定" : "全員の予定"}
          </Link>
        ))}
      </div>
    </div>
  );
}
