"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteScheduleAction } from "@/app/(app)/schedules/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";

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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteScheduleAction({ id: schedule.id, version: schedule.version }).catch(() => null);
      if (result?.ok) {
        setOpen(false);
        if (after) router.push(after);
        router.refresh();
      } else setError(result && !result.ok ? (result.formError ?? "削除できませんでした") : "サーバーに接続できませんでした");
    });

  return (
    <>
      {iconOnly ? (
        <button type="button" onClick={() => setOpen(true)} aria-label={`予定「${schedule.title}」を削除`} className="grid size-10 place-items-center rounded-lg text-slate-400 hover:bg-red-50 hover:text-red-700">
          <Trash2 aria-hidden className="size-4" />
        </button>
      ) : (
        <Button variant="danger" onClick={() => setOpen(true)}>
          <Trash2 aria-hidden className="size-4" />
          削除
        </Button>
      )}
      <SheetDialog
        open={open}
        onClose={() => setOpen(false)}
        title="予定の削除"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              キャンセル
            </Button>
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending ? "削除中…" : "削除する"}
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm">
          {error && <Alert>{error}</Alert>}
          <p>
            {schedule.customerName} 様の予定<strong>「{schedule.title}」</strong>を削除しますか？対応履歴からも消え、元に戻せません。
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
