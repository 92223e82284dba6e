"use client";

import { X } from "lucide-react";
import { isReportFilterEmpty, type ReportFilter } from "@/lib/reports/model/filter";
import type { ReportFilterLists } from "./report-filters";

type Removable = { key: string; label: string; remove: Partial<ReportFilter> };

function describe(filter: ReportFilter, lists: ReportFilterLists, customerName: string | null): Removable[] {
  const named = (list: { id: number; name: string }[], id: number) => list.find((x) => x.id === id)?.name ?? `#${id}`;
  const slash = (day: string) => day.replaceAll("-", "/");
  return [
    ...(filter.keyword ? [{ key: "q", label: `「${filter.keyword}」`, remove: { keyword: "" } }] : []),
    ...(filter.templateId
      ? [{ key: "t", label: `種類: ${named(lists.templates, filter.templateId)}`, remove: { templateId: undefined } }]
      : []),
    ...(filter.authorId ? [{ key: "a", label: `作成者: ${named(lists.authors, filter.authorId)}`, remove: { authorId: undefined } }] : []),
    ...(filter.customerId
      ? [{ key: "c", label: `顧客: ${customerName ?? `#${filter.customerId}`}`, remove: { customerId: undefined } }]
      : []),
    ...(filter.from || filter.to
      ? [
          {
            key: "d",
            label: `期間: ${filter.from ? slash(filter.from) : ""}〜${filter.to ? slash(filter.to) : ""}`,
            remove: { from: undefined, to: undefined },
          },
        ]
      : []),
  ];
}

/** What the list is narrowed by, each removable with one tap, and a way back to every report. */
export function ReportActiveFilters({
  filter,
  lists,
  customerName,
  onChange,
  onClear,
}: {
  filter: ReportFilter;
  lists: ReportFilterLists;
  customerName: string | null;
  onChange: (patch: Partial<ReportFilter>) => void;
  onClear: () => void;
}) {
  if (isReportFilterEmpty(filter)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="適用中の条件">
      {describe(filter, lists, customerName).map((item) => (
        <button
          key={item.key}
          type="button"
          onClick={() => onChange(item.remove)}
          className="inline-flex min-h-8 items-center gap-1 rounded-full border border-brand-200 bg-brand-50 px-3 text-xs font-medium text-brand-800 hover:bg-brand-100"
          aria-label={`条件「${item.label}」を外す`}
        >
          {item.label}
          <X aria-hidden className="size-3.5" />
        </button>
      ))}
      <button type="button" onClick={onClear} className="min-h-8 px-2 text-xs font-medium text-slate-600 underline hover:text-slate-900">
        すべてクリア
      </button>
    </div>
  );
}
