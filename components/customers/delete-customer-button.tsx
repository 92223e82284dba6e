"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteCustomerAction } from "@/app/(app)/customers/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";

export function DeleteCustomerButton({ customer }: { customer: { id: number; name: string; version: number } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteCustomerAction({ id: customer.id, version: customer.version }).catch(() => null);
      if (result?.ok) {
        router.push("/customers?deleted=1");
        router.refresh();
      } else setError(result && !result.ok ? (result.formError ?? "削除できませんでした") : "サーバーに接続できませんでした");
    });

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden className="size-4" />
        削除
      </Button>
      <SheetDialog
        open={open}
        onClose={() => setOpen(false)}
        title="顧客の削除"
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
            <strong>{customer.name} 様</strong>を削除しますか？ステータス履歴も一緒に削除され、元に戻せません。
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
