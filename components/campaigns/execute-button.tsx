"use client";

import { Loader2, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { executeCampaignAction, previewCampaignAction } from "@/lib/campaigns/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import type { TargetPreview } from "@/lib/campaigns/preview";

const failed = (result: { ok: false; formError?: string } | null, fallback: string) =>
  result ? (result.formError ?? fallback) : "サーバーに接続できませんでした";

/**
 * 実行: the confirmation counts the targets again when it opens (customers change while a
 * draft waits), and says what execution does. A second click, or a second tab, is harmless:
 * the server executes once and both see the same result.
 */
export function ExecuteButton({ campaign }: { campaign: { id: number; version: number; name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<TargetPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [counting, startCounting] = useTransition();
  const [executing, startExecuting] = useTransition();

  const show = () => {
    setOpen(true);
    setError(null);
    setCount(null);
    startCounting(async () => {
      const result = await previewCampaignAction({ id: campaign.id }).catch(() => null);
      if (result?.ok && result.data) setCount(result.data);
      else setError(failed(result?.ok === false ? result : null, "対象者を数えられませんでした"));
    });
  };
  const execute = () =>
    startExecuting(async () => {
      const result = await executeCampaignAction({ id: campaign.id, version: campaign.version }).catch(() => null);
      if (result?.ok && result.data) {
        router.replace(`/campaigns/${campaign.id}?saved=${result.data.alreadyExecuted ? "alreadyExecuted" : "executed"}`, {
          scroll: false,
        });
        router.refresh();
        setOpen(false);
      } else setError(failed(result?.ok === false ? result : null, "実行できませんでした"));
    });

  const total = count ? `${count.totalIsEstimate ? "約" : ""}${count.total.toLocaleString("ja-JP")}人` : "";
  return (
    <>
      <Button onClick={show}>
        <Send aria-hidden className="size-4" />
        実行
      </Button>
      <SheetDialog
        open={open}
        onClose={() => !executing && setOpen(false)}
        title="販促活動の実行"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={executing}>
              キャンセル
            </Button>
            <Button onClick={execute} disabled={executing || counting || !count || count.total === 0}>
              {executing ? "実行中…" : count ? `${total}に実行する` : "実行する"}
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm" aria-live="polite">
          {error && <Alert>{error}</Alert>}
          {counting && (
            <p className="flex items-center gap-2 text-slate-600">
              <Loader2 aria-hidden className="size-4 animate-spin" />
              対象者を数えています…
            </p>
          )}
          {count && count.total > 0 && (
            <p className="text-base">
              「{campaign.name}」を <strong className="text-lg tabular-nums">{total}</strong> の対象者に実行します。
            </p>
          )}
          {count && count.total === 0 && <Alert>条件に一致する顧客がいないため実行できません。抽出条件を見直してください。</Alert>}
          <ul className="list-disc space-y-1 pl-5 text-slate-600">
            <li>実行した時点の対象者が確定し、氏名・住所などが記録されます。</li>
            <li>各対象者の対応履歴に「販促活動」として記録されます。</li>
            <li>実行後は抽出条件を変更できず、削除もできません。</li>
          </ul>
          {executing && <p className="text-slate-600">対象者が多いと数秒かかります。このままお待ちください。</p>}
        </div>
      </SheetDialog>
    </>
  );
}
