"use client";

import { Trash2 } from "lucide-react";
import { deleteReportAction } from "@/lib/reports/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** 削除 with a confirmation that names what goes: the report and its timeline entry. */
export function DeleteReportButton({ report }: { report: { id: number; version: number; label: string; customerName: string } }) {
  return (
    <ConfirmActionButton
      label={
        <>
          <Trash2 aria-hidden className="size-4" />
          削除
        </>
      }
      title="報告書の削除"
      confirmLabel="削除する"
      pendingLabel="削除中…"
      action={() => deleteReportAction({ id: report.id, version: report.version })}
      doneHref="/reports?deleted=1"
    >
      <p>
        {report.customerName} 様の<strong>「{report.label}」</strong>を削除しますか？対応履歴からも消え、元に戻せません。
      </p>
    </ConfirmActionButton>
  );
}
