"use client";

import { Trash2 } from "lucide-react";
import { deleteCustomerAction } from "@/lib/customers/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function DeleteCustomerButton({ customer }: { customer: { id: number; name: string; version: number } }) {
  return (
    <ConfirmActionButton
      label={
        <>
          <Trash2 aria-hidden className="size-4" />
          削除
        </>
      }
      title="顧客の削除"
      confirmLabel="削除する"
      pendingLabel="削除中…"
      action={() => deleteCustomerAction({ id: customer.id, version: customer.version })}
      doneHref="/customers?deleted=1"
    >
      <p>
        <strong>{customer.name} 様</strong>を削除しますか？ステータス履歴・報告書・予定も一緒に削除され、元に戻せません。
      </p>
    </ConfirmActionButton>
  );
}
