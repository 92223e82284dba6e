"use client";

import { ChevronLeft, ChevronRight, Printer } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/select-field";
import { LABELS_PER_BATCH, LABELS_PER_SHEET } from "@/lib/campaigns/model/vocabulary";

type State = { from: number; skip: number; addressedOnly: boolean };

function labelsHref(campaignId: number, s: State): string {
  const params = new URLSearchParams();
  if (s.from > 0) params.set("from", String(s.from));
  if (s.skip > 0) params.set("skip", String(s.skip));
  if (s.addressedOnly) params.set("addressed", "1");
  const query = params.toString();
  return `/campaigns/${campaignId}/labels${query ? `?${query}` : ""}`;
}

/** The screen-only controls of the label page (hidden when printing). */
export function LabelToolbar({
  campaignId,
  state,
  total,
  shown,
  missingAddress,
}: {
  campaignId: number;
  state: State;
  total: number;
  shown: number;
  missingAddress: number;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (patch: Partial<State>) =>
    startTransition(() => router.replace(labelsHref(campaignId, { ...state, ...patch }), { scroll: false }));
  const sheets = Math.ceil((shown + state.skip) / LABELS_PER_SHEET);
  const batches = Math.ceil(total / LABELS_PER_BATCH);
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 print:hidden" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => window.print()} disabled={shown === 0}>
          <Printer aria-hidden className="size-4" />
          印刷する
        </Button>
        <label className="flex items-center gap-2 text-sm">
          開始位置
          <select className={selectClass} value={state.skip} onChange={(e) => go({ skip: Number(e.target.value) })}>
            {Array.from({ length: LABELS_PER_SHEET }, (_, i) => (
              <option key={i} value={i}>
                {i + 1}枚目のラベルから
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={state.addressedOnly}
            onChange={(e) => go({ addressedOnly: e.target.checked, from: 0 })}
          />
          住所未登録の対象者を除く
        </label>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        <strong className="tabular-nums">{shown.toLocaleString("ja-JP")}</strong>枚のラベル(A4用紙{" "}
        <strong className="tabular-nums">{sheets}</strong>枚)
        {batches > 1 && (
          <span className="tabular-nums">
            /全{total.toLocaleString("ja-JP")}人のうち {(state.from + 1).toLocaleString("ja-JP")}〜
            {(state.from + shown).toLocaleString("ja-JP")}人目
          </span>
        )}
        {pending && <span className="ml-2 text-xs text-slate-500">読み込み中…</span>}
      </p>
      {missingAddress > 0 && !state.addressedOnly && (
        <p className="text-sm text-amber-700">
          住所が未登録の対象者が{missingAddress.toLocaleString("ja-JP")}人います(ラベルには氏名だけが印刷されます)。
        </p>
      )}
      {batches > 1 && (
        <nav aria-label="印刷範囲" className="flex gap-2">
          {state.from > 0 && (
            <Link
              href={labelsHref(campaignId, { ...state, from: Math.max(0, state.from - LABELS_PER_BATCH) })}
              className={buttonClass("secondary", "sm")}
            >
              <ChevronLeft aria-hidden className="size-4" />
              前の{LABELS_PER_BATCH.toLocaleString("ja-JP")}人
            </Link>
          )}
          {state.from + LABELS_PER_BATCH < total && (
            <Link
              href={labelsHref(campaignId, { ...state, from: state.from + LABELS_PER_BATCH })}
              className={buttonClass("secondary", "sm")}
            >
              次の{LABELS_PER_BATCH.toLocaleString("ja-JP")}人<ChevronRight aria-hidden className="size-4" />
            </Link>
          )}
        </nav>
      )}
      <p className="text-xs text-slate-500">
        A4・12面(2列×6段、1面
        86.4×42.3mm)のラベル用紙用です。印刷の設定で倍率を「100%(実際のサイズ)」、余白を「なし」にしてください。郵便番号順に並んでいます。
      </p>
    </div>
  );
}
