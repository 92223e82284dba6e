"use client";

import { Star } from "lucide-react";
import { Chip } from "@/components/customers/chip";
import { OrganizationPicker } from "@/components/organizations/organization-picker";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import type { CustomerFilter } from "@/lib/customers/model/filter";
import { cn } from "@/lib/shared/cn";

type Option = { id: number; name: string; color: string };

function toggle(list: number[], id: number): number[] {
  return list.includes(id) ? list.filter((v) => v !== id) : [...list, id];
}

function CheckGroup({
  legend,
  options,
  selected,
  onChange,
  children,
}: {
  legend: string;
  options: Option[];
  selected: number[];
  onChange: (next: number[]) => void;
  children?: React.ReactNode;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500">{legend}</legend>
      {children}
      {options.length === 0 && <p className="text-xs text-slate-400">登録されていません</p>}
      {options.map((o) => (
        <label key={o.id} className="flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-1.5 hover:bg-slate-50">
          <input
            type="checkbox"
            className="size-4 rounded accent-brand-600"
            checked={selected.includes(o.id)}
            onChange={() => onChange(toggle(selected, o.id))}
          />
          <Chip color={o.color}>{o.name}</Chip>
        </label>
      ))}
    </fieldset>
  );
}

/** ステータス, 客区分, タグ (any/all) and 重要のみ: each change applies at once. */
export function FilterFacets({
  filter,
  lists,
  onChange,
  organizationNames,
}: {
  filter: CustomerFilter;
  lists: CustomerSettingsLists;
  onChange: (patch: Partial<CustomerFilter>) => void;
  organizationNames: Record<number, string> | null;
}) {
  const organization = filter.organizationId
    ? { id: filter.organizationId, name: organizationNames?.[filter.organizationId] ?? `#${filter.organizationId}` }
    : null;
  return (
    <div className="space-y-5">
      {organizationNames && (
        <div className="space-y-1">
          <p className="text-xs font-semibold tracking-wide text-slate-500">所属組織</p>
          <OrganizationPicker value={organization} onChange={(o) => onChange({ organizationId: o?.id })} label="所属組織で絞り込み" />
        </div>
      )}
      <label className="flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-slate-200 bg-white px-3">
        <input
          type="checkbox"
          className="size-4 accent-amber-500"
          checked={filter.importantOnly}
          onChange={(e) => onChange({ importantOnly: e.target.checked })}
        />
        <Star aria-hidden className="size-4 fill-amber-400 text-amber-500" />
        <span className="text-sm font-medium">重要顧客のみ</span>
      </label>
      <CheckGroup
        legend="ステータス"
        options={lists.statuses}
        selected={filter.statusIds}
        onChange={(statusIds) => onChange({ statusIds })}
      />
      <CheckGroup legend="客区分" options={lists.classes} selected={filter.classIds} onChange={(classIds) => onChange({ classIds })} />
      <div className="space-y-2">
        <CheckGroup legend="タグ" options={lists.tags} selected={filter.tagIds} onChange={(tagIds) => onChange({ tagIds })}>
          <div
            role="radiogroup"
            aria-label="タグの条件"
            className="mb-2 grid grid-cols-2 rounded-lg bg-slate-100 p-0.5 text-xs font-medium"
          >
            {(["any", "all"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                role="radio"
                aria-checked={filter.tagMode === mode}
                onClick={() => onChange({ tagMode: mode })}
                className={cn("min-h-8 rounded-md", filter.tagMode === mode ? "bg-white text-slate-900 shadow-sm" : "text-slate-600")}
              >
                {mode === "any" ? "いずれかを含む" : "すべてを含む"}
              </button>
            ))}
          </div>
        </CheckGroup>
      </div>
    </div>
  );
}
