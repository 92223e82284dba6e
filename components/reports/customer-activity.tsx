import { CalendarPlus, FilePlus2 } from "lucide-react";
import Link from "next/link";
import { UpcomingSchedules } from "@/components/schedules/upcoming-schedules";
import { buttonClass } from "@/components/ui/button";
import type { AmountTotal } from "@/lib/reports/amounts";
import type { ScheduleItem } from "@/lib/schedules/queries";
import { AmountTotals } from "./amount-totals";

/** 報告書を書く / 予定を追加 for one customer: the two things done most often from a customer's page. */
export function CustomerActivityButtons({ customerId }: { customerId: number }) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:flex">
      <Link href={`/reports/new?customerId=${customerId}`} className={buttonClass("secondary")}>
        <FilePlus2 aria-hidden className="size-4 text-brand-600" />
        報告書を書く
      </Link>
      <Link href={`/schedules/new?customerId=${customerId}`} className={buttonClass("secondary")}>
        <CalendarPlus aria-hidden className="size-4 text-brand-600" />
        予定を追加
      </Link>
    </div>
  );
}

/** What sits above a customer's timeline: the amount totals of its reports and its open schedules. */
export function CustomerActivity({
  customerId,
  totals,
  open,
}: {
  customerId: number;
  totals: AmountTotal[];
  open: { rows: ScheduleItem[]; total: number };
}) {
  return (
    <>
      {totals.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-sm font-semibold text-slate-500">金額の合計</h2>
          <AmountTotals totals={totals} />
        </section>
      )}
      <section className="space-y-3">
        <h2 className="text-sm font-semibold text-slate-500">
          今後の予定{open.total > 0 && <span className="ml-1 font-normal tabular-nums">({open.total}件)</span>}
        </h2>
        <UpcomingSchedules customerId={customerId} open={open} />
      </section>
    </>
  );
}
