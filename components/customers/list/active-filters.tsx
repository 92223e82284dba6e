"use client";

import { X } from "lucide-react";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { isFilterEmpty, type CustomerFilter } from "@/lib/customers/model/filter";

type Removable = { key: string; label: string; remove: Partial<CustomerFilter> };

function describe(filter: CustomerFilter, lists: CustomerSettingsLists, organizationNames: Record<number, string> | null): Removable[] {
  const named = (list: { id: number; name: string }[], id: number) => list.find((x) => x.id === id)?.name ?? `#${id}`;
  const without = (list: number[], id: number) => list.filter((v) => v !== id);
  return [
    ...(filter.keyword ? [{ key: "q", label: `「${filter.keyword}」`, remove: { keyword: "" } }] : []),
    ...(filter.importantOnly ? [{ key: "imp", label: "重要のみ", remove: { importantOnly: false } }] : []),
    ...(filter.organizationId && organizationNames
      ? [
          {
            key: "org",
            label: `所属組織: ${organizationNames[filter.organizationId] ?? `#${filter.organizationId}`}`,
            remove: { organizationId: undefined },
          },
        ]
      : []),
    ...filter.statusIds.map((id) => ({
      key: `s${id}`,
      label: `ステータス: ${named(lists.statuses, id)}`,
      remove: { statusIds: without(filter.statusIds, id) },
    })),
    ...filter.classIds.map((id) => ({
      key: `c${id}`,
      label: `客区分: ${named(lists.classes, id)}`,
      remove: { classIds: without(filter.classIds, id) },
    })),
    ...filter.tagIds.map((id) => ({
      key: `t${id}`,
      label: `タグ${filter.tagIds.length > 1 ? (filter.tagMode === "all" ? "(すべて)" : "(いずれか)") : ""}: ${named(lists.tags, id)}`,
      remove: { tagIds: without(filter.tagIds, id) },
    })),
  ];
}

/** What the list is narrowed by, each removable with one tap, and a way back to everyone. */
export function ActiveFilters({
  filter,
  lists,
  organizationNames,
  onChange,
  onClear,
}: {
  filter: CustomerFilter;
  lists: CustomerSettingsLists;
  organizationNames: Record<number, string> | null;
  onChange: (patch: Partial<CustomerFilter>) => void;
  onClear: () => void;
}) {
  if (isFilterEmpty(filter)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="適用中の条件">
      {describe(filter, lists, organizationNames).map((item) => (
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
      <button
        type="button"
        onClick={onClear}
        className="min-h-8 px-2 text-xs font-medium text-slate-600 underline underline-offset-2 hover:text-slate-900"
      >
        条件をすべてクリア
      </button>
    </div>
  );
}
