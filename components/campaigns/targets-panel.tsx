"use client";

import { UsersRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { KeywordBox } from "@/components/customers/list/keyword-box";
import { Pagination } from "@/components/customers/list/pagination";
import { Alert } from "@/components/ui/alert";
import type { OutcomeCounts } from "@/lib/campaigns/model/vocabulary";
import type { TargetItem } from "@/lib/campaigns/targets";
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";
import { BulkOutcomeDialog } from "./bulk-outcome-dialog";
import { SelectionBar } from "./selection-bar";
import { TargetRows } from "./target-rows";

type ListState = { outcome?: Outcome; keyword: string; page: number };

function targetsHref(campaignId: number, state: ListState): string {
  const params = new URLSearchParams();
  if (state.outcome) params.set("outcome", state.outcome);
  if (state.keyword) params.set("q", state.keyword);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return `/campaigns/${campaignId}${query ? `?${query}` : ""}#targets`;
}

type Props = ListState & { campaignId: number; rows: TargetItem[]; total: number; pageSize: number; counts: OutcomeCounts };

/** 対象者: by outcome and keyword (in the URL), with 結果 edited one by one or in bulk. */
export function TargetsPanel({ campaignId, rows, total, page, pageSize, outcome, keyword, counts }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const go = (next: ListState) => startTransition(() => router.push(targetsHref(campaignId, next), { scroll: false }));
  const all = OUTCOMES.reduce((sum, o) => sum + counts[o], 0);

  // Another page or filter is another set of rows: a selection of the old ones would mislead.
  const rowsKey = rows.map((r) => r.id).join();
  const [selectedRowsKey, setSelectedRowsKey] = useState(rowsKey);
  if (selectedRowsKey !== rowsKey) {
    setSelectedRowsKey(rowsKey);
    setSelected(new Set());
  }

  const select = (id: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const done = (text: string) => {
    setSelected(new Set());
    setNotice({ tone: "success", text });
  };
  const tab = (value: Outcome | undefined, label: string, count: number) => (
    <button
      key={value ?? "all"}
      type="button"
      aria-pressed={outcome === value}
      onClick={() => go({ outcome: value, keyword, page: 1 })}
      className={cn(
        "inline-flex min-h-9 shrink-0 items-center gap-1.5 rounded-full border px-3 text-sm",
        outcome === value ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
      )}
    >
      {label}
      <span className="text-xs tabular-nums opacity-80">{count.toLocaleString("ja-JP")}</span>
    </button>
  );
  const first = (page - 1) * pageSize + 1;
  return (
    <div className="space-y-3">
      <div className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1" role="group" aria-label="結果で絞り込み">
        {tab(undefined, "すべて", all)}
        {OUTCOMES.map((o) => tab(o, OUTCOME_LABELS[o], counts[o]))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <KeywordBox value={keyword} onSearch={(k) => go({ outcome, keyword: k, page: 1 })} placeholder="対象者を氏名・フリガナで検索" />
        <BulkOutcomeDialog campaignId={campaignId} counts={counts} onDone={done} />
      </div>
      {notice && (
        <Alert tone={notice.tone}>
          <span className="flex items-center justify-between gap-2">
            {notice.text}
            <button type="button" className="text-xs underline" onClick={() => setNotice(null)}>
              閉じる
            </button>
          </span>
        </Alert>
      )}
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" aria-busy={pending}>
        <p className="border-b border-slate-200 px-3 py-2 text-sm" aria-live="polite">
          {total > 0 ? (
            <>
              <strong className="tabular-nums">{total.toLocaleString("ja-JP")}</strong>人中{" "}
              <span className="tabular-nums">
                {first.toLocaleString("ja-JP")}–{(first + rows.length - 1).toLocaleString("ja-JP")}
              </span>
              人を表示
              <span className="ml-2 text-xs text-slate-500">(郵便番号順)</span>
            </>
          ) : (
            "該当する対象者はいません"
          )}
          {pending && <span className="ml-2 text-xs text-slate-500">読み込み中…</span>}
        </p>
        {selected.size > 0 && (
          <SelectionBar campaignId={campaignId} ids={[...selected]} onDone={done} onClear={() => setSelected(new Set())} />
        )}
        <div className={cn("overflow-x-auto transition-opacity", pending && "opacity-50")}>
          {rows.length > 0 ? (
            <TargetRows
              campaignId={campaignId}
              rows={rows}
              selected={selected}
              onSelect={select}
              onSelectPage={(on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set())}
              onError={(text) => setNotice({ tone: "error", text })}
            />
          ) : (
            <div className="flex flex-col items-center gap-2 px-6 py-10 text-center">
              <UsersRound aria-hidden className="size-8 text-slate-300" />
              <p className="text-sm text-slate-600">
                {keyword || outcome ? "条件に一致する対象者はいません。絞り込みを変えてお試しください。" : "対象者はいません。"}
              </p>
            </div>
          )}
        </div>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} onPage={(p) => go({ outcome, keyword, page: p })} />
    </div>
  );
}
