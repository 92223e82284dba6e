"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteCampaignAction } from "@/app/(app)/campaigns/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";

/** Drafts only: an executed campaign is part of its targets' history. */
export function DeleteCampaignButton({ campaign }: { campaign: { id: number; name: string; version: number } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteCampaignAction({ id: campaign.id, version: campaign.version }).catch(() => null);
      if (result?.ok) {
        router.push("/campaigns?deleted=1");
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
        title="下書きの削除"
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
            下書き「<strong>{campaign.name}</strong>」を削除しますか？元に戻せません。
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
