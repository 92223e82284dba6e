import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { scheduleListStateToSearch, type ScheduleListState } from "@/lib/schedules/model/list";

/** 前へ / 次へ for long periods (今後すべて, 完了済み): links, so the page is in the URL. */
export function SchedulePager({ state, total, pageSize }: { state: ScheduleListState; total: number; pageSize: number }) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  const href = (page: number) => `/schedules${scheduleListStateToSearch({ ...state, page })}`;
  return (
    <nav aria-label="ページ送り" className="flex items-center justify-center gap-3 text-sm">
      {state.page > 1 ? (
        <Link href={href(state.page - 1)} className={buttonClass("secondary", "sm")}>
          <ChevronLeft aria-hidden className="size-4" />
          前へ
        </Link>
      ) : null}
      <span className="text-slate-600 tabular-nums">
        {state.page} / {last} ページ
      </span>
      {state.page < last ? (
        <Link href={href(state.page + 1)} className={buttonClass("secondary", "sm")}>
          次へ
          <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : null}
    </nav>
  );
}
