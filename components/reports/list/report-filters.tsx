"use client";

import { CustomerPicker } from "@/components/reports/customer-picker";
import { selectClass } from "@/components/ui/select-field";
import type { ReportFilter } from "@/lib/reports/model/filter";
import type { UserChoice } from "@/lib/users/choices";

export type ReportFilterLists = { templates: { id: number; name: string }[]; authors: UserChoice[] };

const label = "mb-1 block text-xs font-semibold text-slate-500";

/** 報告書一覧's conditions: 種類, 作成者, 顧客 and a period; each applies as soon as it is chosen. */
export function ReportFilters({
  filter,
  lists,
  customer,
  onChange,
  idPrefix,
}: {
  filter: ReportFilter;
  lists: ReportFilterLists;
  customer: { id: number; name: string } | null;
  onChange: (patch: Partial<ReportFilter>) => void;
  idPrefix: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const number = (value: string) => (value ? Number(value) : undefined);
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div>
        <label htmlFor={id("template")} className={label}>
          種類
        </label>
        <select
          id={id("template")}
          className={`${selectClass} w-full`}
          value={filter.templateId ?? ""}
          onChange={(e) => onChange({ templateId: number(e.target.value) })}
        >
          <option value="">すべて</option>
          {lists.templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={id("author")} className={label}>
          作成者
        </label>
        <select
          id={id("author")}
          className={`${selectClass} w-full`}
          value={filter.authorId ?? ""}
          onChange={(e) => onChange({ authorId: number(e.target.value) })}
        >
          <option value="">すべて</option>
          {lists.authors.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
              {u.disabled ? "(無効)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={id("customer")} className={label}>
          顧客
        </label>
        <CustomerPicker
          id={id("customer")}
          value={filter.customerId ? (customer ?? { id: filter.customerId, name: `顧客 #${filter.customerId}` }) : null}
          onChange={(next) => onChange({ customerId: next?.id })}
        />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className={label}>期間(日時)</legend>
        <div className="flex items-center gap-2">
          <input
            type="date"
            aria-label="期間の開始日"
            className={`${selectClass} min-w-0 flex-1`}
            value={filter.from ?? ""}
            max={filter.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
          />
          <span aria-hidden className="text-slate-400">
            〜
          </span>
          <input
            type="date"
            aria-label="期間の終了日"
            className={`${selectClass} min-w-0 flex-1`}
            value={filter.to ?? ""}
            min={filter.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
          />
        </div>
      </fieldset>
    </div>
  );
}
