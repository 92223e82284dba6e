"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { cn } from "@/lib/shared/cn";

function pagesAround(page: number, last: number): (number | "…")[] {
  const wanted = new Set([1, last, page - 1, page, page + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | "…")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push("…");
    out.push(p);
  });
  return out;
}

export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  const button = "grid min-h-10 min-w-10 place-items-center rounded-lg px-2 text-sm tabular-nums";
  return (
    <nav aria-label="ページ送り" className="flex items-center justify-center gap-1">
      <button
        type="button"
        className={cn(button, "text-slate-700 hover:bg-slate-100 disabled:opacity-30")}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
        aria-label="前のページ"
      >
        <ChevronLeft aria-hidden className="size-4" />
      </button>
      {pagesAround(page, last).map((p, i) =>
        p === "…" ? (
          <span key={`gap${i}`} className="px-1 text-slate-400">
            …
          </span>
        ) : (
          <button
            key={p}
            type="button"
            aria-current={p === page ? "page" : undefined}
            className={cn(button, p === page ? "bg-brand-600 font-semibold text-white" : "text-slate-700 hover:bg-slate-100")}
            onClick={() => onPage(p)}
          >
            {p.toLocaleString("ja-JP")}
          </button>
        ),
      )}
      <button
        type="button"
        className={cn(button, "text-slate-700 hover:bg-slate-100 disabled:opacity-30")}
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
        aria-label="次のページ"
      >
        <ChevronRight aria-hidden className="size-4" />
      </button>
    </nav>
  );
}
