"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteOrganizationAction } from "@/app/(app)/organizations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";

/** Deleting an organization keeps its members as customers without one; the dialog says so. */
export function DeleteOrganizationButton({ organization, memberCount }: { organization: { id: number; name: string; version: number }; memberCount: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteOrganizationAction({ id: organization.id, version: organization.version }).catch(() => null);
      if (result?.ok) {
        router.push("/organizations?deleted=1");
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
        title="顧客組織の削除"
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
            <strong>{organization.name}</strong>を削除しますか？
          </p>
          <p className="text-slate-600">
            {memberCount > 0
              ? `組織内メンバ ${memberCount.toLocaleString("ja-JP")}人は削除されず、所属組織なしの顧客として残ります。報告書などの履歴も各顧客に残ります。`
              : "この組織にメンバーはいません。"}
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
