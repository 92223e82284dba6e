"use client";

import { Trash2 } from "lucide-react";
import { deleteScheduleAction } from "@/lib/schedules/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/**
 * 削除 with a confirmation naming the schedule. `after` is where to go once it is gone
 * (from its edit page); without it the current page refreshes (a row of 予定一覧).
 */
export function DeleteScheduleButton({
  schedule,
  after,
  iconOnly,
}: {
  schedule: { id: number; version: number; title: string; customerName: string };
  after?: string;
  iconOnly?: boolean;
}) {
  return (
    <ConfirmActionButton
      label={
        <>
          <Trash2 aria-hidden className="size-4" />
          削除
        </>
      }
      trigger={
        iconOnly
          ? (open) => (
              <button
                type="button"
                onClick={open}
                aria-label={`予定「${schedule.title}」を削除`}
                className="grid size-10 place-items-center rounded-lg text-slate-400 hover:bg-red-50 hover:text-red-700"
              >
                <Trash2 aria-hidden className="size-4" />
              </button>
            )
          : undefined
      }
      title="予定の削除"
      confirmLabel="削除する"
      pendingLabel="削除中…"
      failedMessage="削除できませんでした"
      action={() => deleteScheduleAction({ id: schedule.id, version: schedule.version })}
      doneHref={after}
    >
      <p>
        {schedule.customerName} 様の予定<strong>「{schedule.title}」</strong>を削除しますか？対応履歴からも消え、元に戻せません。
      </p>
    </ConfirmActionButton>
  );
}
