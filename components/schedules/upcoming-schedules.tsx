import { CalendarPlus } from "lucide-react";
import Link from "next/link";
import type { ScheduleItem } from "@/lib/schedules/queries";
import { ScheduleCard } from "./schedule-card";

/** 今後の予定 above a customer's timeline: what is still to do, overdue first. */
export function UpcomingSchedules({ customerId, open }: { customerId: number; open: { rows: ScheduleItem[]; total: number } }) {
  if (open.rows.length === 0)
    return (
      <p className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-500">
        未完了の予定はありません
        <Link
          href={`/schedules/new?customerId=${customerId}`}
          className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline"
        >
          <CalendarPlus aria-hidden className="size-4" />
          予定を追加
        </Link>
      </p>
    );
  return (
    <div className="space-y-2" aria-label="今後の予定">
      {open.rows.map((item) => (
        <ScheduleCard key={item.id} item={item} showCustomer={false} from="customer" />
      ))}
      {open.total > open.rows.length && (
        <p className="text-xs text-slate-500">
          ほか {open.total - open.rows.length} 件の未完了の予定は、下の対応履歴に日時順で表示されます。
        </p>
      )}
    </div>
  );
}
