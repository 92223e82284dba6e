"use client";

import { Loader2, MapPinOff, Users } from "lucide-react";
import { CustomerBadges } from "@/components/customers/customer-badges";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Alert } from "@/components/ui/alert";
import type { TargetPreview as Preview } from "@/lib/campaigns/preview";
import { PREVIEW_SIZE } from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";

export function TargetCount({ preview, pending }: { preview: Preview | null; pending: boolean }) {
  return (
    <p className="flex items-baseline gap-2" aria-live="polite" aria-atomic="true">
      <span className="text-sm font-medium text-slate-600">対象者</span>
      {preview ? (
        <strong className="text-3xl font-bold text-slate-900 tabular-nums" data-testid="target-count">
          {preview.totalIsEstimate ? "約" : ""}
          {preview.total.toLocaleString("ja-JP")}
        </strong>
      ) : (
        <strong className="text-3xl font-bold text-slate-300">—</strong>
      )}
      <span className="text-sm text-slate-600">人</span>
      {pending && (
        <span className="ml-auto inline-flex items-center gap-1 text-xs text-slate-500">
          <Loader2 aria-hidden className="size-3.5 animate-spin" />
          集計中…
        </span>
      )}
    </p>
  );
}

/** 対象者のプレビュー: the live count and the first 20 by kana, with their postal addresses. */
export function TargetPreview({
  preview,
  pending,
  error,
  lists,
}: {
  preview: Preview | null;
  pending: boolean;
  error: string | null;
  lists: CustomerSettingsLists;
}) {
  return (
    <div className="space-y-3">
      <TargetCount preview={preview} pending={pending} />
      {error && <Alert>{error}</Alert>}
      {preview && preview.total > 0 && (
        <>
          <ul
            className={cn(
              "divide-y divide-slate-100 rounded-lg border border-slate-200 transition-opacity lg:max-h-[60vh] lg:overflow-y-auto",
              pending && "opacity-50",
            )}
            aria-label="対象者のプレビュー"
            aria-busy={pending}
            tabIndex={0}
          >
            {preview.rows.map((row) => (
              <li key={row.id} className="space-y-1 px-3 py-2">
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-medium text-slate-900">{row.name}</span>
                  {row.nameKana && <span className="text-xs text-slate-500">{row.nameKana}</span>}
                </div>
                <CustomerBadges customer={row} lists={lists} />
                {row.address || row.postalCode ? (
                  <p className="text-xs text-slate-600">
                    {row.postalCode && <span className="mr-1.5 tabular-nums">〒{row.postalCode}</span>}
                    {row.address}
                  </p>
                ) : (
                  <p className="inline-flex items-center gap-1 text-xs text-amber-700">
                    <MapPinOff aria-hidden className="size-3.5" />
                    住所未登録
                  </p>
                )}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-500">
            {preview.total > PREVIEW_SIZE ? `フリガナ順の先頭${PREVIEW_SIZE}人を表示しています。` : ""}
            実行した時点で条件に一致する顧客が対象者として確定します。
          </p>
        </>
      )}
      {preview && preview.total === 0 && (
        <div
          className={cn(
            "flex flex-col items-center gap-2 rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center",
            pending && "opacity-50",
          )}
        >
          <Users aria-hidden className="size-8 text-slate-300" />
          <p className="text-sm font-medium text-slate-700">条件に一致する顧客はいません</p>
          <p className="text-xs text-slate-500">条件を減らすか、キーワードを変えてお試しください。</p>
        </div>
      )}
    </div>
  );
}
