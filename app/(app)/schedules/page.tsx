import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle, CalendarPlus } from "lucide-react";
import { ScheduleDayList } from "@/components/schedules/schedule-day-list";
import { SchedulePager } from "@/components/schedules/schedule-pager";
import { ScheduleTabs } from "@/components/schedules/schedule-tabs";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { parseScheduleListState, RANGE_LABELS, scheduleListStateToSearch } from "@/lib/schedules/model/list";
import { listSchedules, SCHEDULE_PAGE_SIZE } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "予定一覧" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SAVED: Record<string, string> = { created: "予定を追加しました", updated: "変更を保存しました" };

const EMPTY: Record<string, string> = {
  today: "今日の予定はありません",
  week: "今週の予定はありません",
  upcoming: "これからの予定はありません",
  overdue: "期限切れの予定はありません。すべて対応済みです。",
  done: "完了した予定はまだありません",
};

export default async function SchedulesPage({ searchParams }: { searchParams: SearchParams }) {
  await pageUser();
  const params = await searchParams;
  const state = parseScheduleListState(params);
  const now = new Date();
  const { rows, total, overdueCount } = await listSchedules(state, now);
  const saved = typeof params.saved === "string" ? SAVED[params.saved] : undefined;
  const whose = state.who === "mine" ? "あなたが担当の" : "全員の";
  return (
    <>
      <PageHeader
        title="予定一覧"
        actions={
          <Link href="/schedules/new" className={buttonClass("primary")}>
            <CalendarPlus aria-hidden className="size-4" />
            予定を追加
          </Link>
        }
      />
      <div className="max-w-4xl space-y-4">
        {saved && <Alert tone="success">{saved}</Alert>}
        <ScheduleTabs state={state} overdueCount={overdueCount} />
        {overdueCount > 0 && state.range !== "overdue" && (
          <Link
            href={`/schedules${scheduleListStateToSearch({ ...state, range: "overdue", page: 1 })}`}
            className="flex items-center gap-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800 hover:bg-red-100"
          >
            <AlertTriangle aria-hidden className="size-4 shrink-0" />
            {whose}期限切れの予定が {overdueCount} 件あります。完了にするか日時を変更してください →
          </Link>
        )}
        <p className="text-sm text-slate-600" aria-live="polite">
          {whose}「{RANGE_LABELS[state.range]}」の予定: <strong className="tabular-nums">{total.toLocaleString("ja-JP")}</strong>件
        </p>
        {rows.length > 0 ? (
          <ScheduleDayList rows={rows} now={now} byDoneDay={state.range === "done"} />
        ) : (
          <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <CalendarPlus aria-hidden className="size-10 text-slate-300" />
            <p className="font-medium text-slate-800">{EMPTY[state.range]}</p>
            {state.who === "mine" && (
              <Link
                href={`/schedules${scheduleListStateToSearch({ ...state, who: "all", page: 1 })}`}
                className="text-sm font-medium text-brand-700 hover:underline"
              >
                全員の予定を見る
              </Link>
            )}
          </div>
        )}
        <SchedulePager state={state} total={total} pageSize={SCHEDULE_PAGE_SIZE} />
      </div>
    </>
  );
}
