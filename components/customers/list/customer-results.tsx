"use client";

import { Eye } from "lucide-react";
import Link from "next/link";
import { CustomerBadges, TagChips } from "@/components/customers/customer-badges";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Chip } from "@/components/customers/chip";
import { StarToggle } from "@/components/customers/star-toggle";
import type { CustomerListItem } from "@/lib/customers/search";
import { formatDateTime } from "@/lib/format";

type Props = {
  rows: CustomerListItem[];
  lists: CustomerSettingsLists;
  selected: Set<number>;
  onSelect: (id: number, on: boolean) => void;
  onSelectPage: (on: boolean) => void;
  onQuickLook: (row: { id: number; name: string }) => void;
  onError: (message: string) => void;
  /** Names of the rows' organizations; null while 顧客組織 is off (no column then). */
  organizationNames: Record<number, string> | null;
  onOrganization: (organization: { id: number; name: string }) => void;
};

function OrganizationButton({ id, names, onOpen }: { id: number | null; names: Record<number, string>; onOpen: (o: { id: number; name: string }) => void }) {
  const name = id === null ? undefined : names[id];
  if (id === null || !name) return <span className="text-slate-300">―</span>;
  return (
    <button type="button" onClick={() => onOpen({ id, name })} className="max-w-40 truncate rounded-md px-1.5 py-0.5 text-left text-sm text-brand-700 hover:bg-brand-50 hover:underline" title={`${name} の詳細`}>
      {name}
    </button>
  );
}

function named<T extends { id: number }>(list: T[], id: number | null) {
  return id === null ? undefined : list.find((x) => x.id === id);
}

/** A table on desktop, cards on phones; the same rows, selection and star in both. */
export function CustomerResults({ rows, lists, selected, onSelect, onSelectPage, onQuickLook, onError, organizationNames, onOrganization }: Props) {
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  return (
    <>
      <table className="hidden w-full text-sm md:table">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold text-slate-500">
          <tr>
            <th className="w-10 px-3 py-2">
              <input type="checkbox" aria-label="このページの顧客をすべて選択" className="size-4 accent-brand-600" checked={allOnPage} onChange={(e) => onSelectPage(e.target.checked)} />
            </th>
            <th className="w-12 px-1 py-2">重要</th>
            <th className="px-3 py-2 whitespace-nowrap">氏名 / フリガナ</th>
            {organizationNames && <th className="px-3 py-2 whitespace-nowrap">所属組織</th>}
            <th className="px-3 py-2">ステータス</th>
            <th className="px-3 py-2">客区分</th>
            <th className="px-3 py-2">タグ</th>
            <th className="px-3 py-2 whitespace-nowrap">更新日時</th>
            <th className="w-12 px-3 py-2"><span className="sr-only">プレビュー</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const status = named(lists.statuses, row.statusId);
            const cls = named(lists.classes, row.classId);
            return (
              <tr key={row.id} className={selected.has(row.id) ? "bg-brand-50/60" : "hover:bg-slate-50"}>
                <td className="px-3 py-2">
                  <input type="checkbox" aria-label={`${row.name} 様を選択`} className="size-4 accent-brand-600" checked={selected.has(row.id)} onChange={(e) => onSelect(row.id, e.target.checked)} />
                </td>
                <td className="px-1 py-1">
                  <StarToggle id={row.id} name={row.name} important={row.important} onError={onError} />
                </td>
                <td className="min-w-36 px-3 py-2 whitespace-nowrap">
                  <Link href={`/customers/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {row.name}
                  </Link>
                  {row.nameKana && <div className="text-xs text-slate-500">{row.nameKana}</div>}
                </td>
                {organizationNames && (
                  <td className="px-3 py-2">
                    <OrganizationButton id={row.organizationId} names={organizationNames} onOpen={onOrganization} />
                  </td>
                )}
                <td className="px-3 py-2 whitespace-nowrap">{status && <Chip color={status.color}>{status.name}</Chip>}</td>
                <td className="px-3 py-2 whitespace-nowrap">{cls ? <Chip color={cls.color}>{cls.name}</Chip> : <span className="text-slate-300">―</span>}</td>
                <td className="px-3 py-2">
                  <div className="flex min-w-48 flex-wrap gap-1">
                    <TagChips tagIds={row.tagIds} tags={lists.tags} />
                  </div>
                </td>
                <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600 tabular-nums">{formatDateTime(new Date(row.updatedAt))}</td>
                <td className="px-2 py-1">
                  <button type="button" onClick={() => onQuickLook(row)} aria-label={`${row.name} 様をプレビュー`} className="grid size-10 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800">
                    <Eye aria-hidden className="size-4" />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden">
        {rows.map((row) => (
          <li key={row.id} className={`flex items-start gap-2 px-3 py-3 ${selected.has(row.id) ? "bg-brand-50/60" : ""}`}>
            <input type="checkbox" aria-label={`${row.name} 様を選択`} className="mt-3 size-5 shrink-0 accent-brand-600" checked={selected.has(row.id)} onChange={(e) => onSelect(row.id, e.target.checked)} />
            <div className="min-w-0 flex-1 space-y-1">
              <button type="button" onClick={() => onQuickLook(row)} className="block w-full space-y-1.5 text-left">
                <span className="block">
                  <span className="block truncate text-base font-medium text-slate-900">{row.name}</span>
                  {row.nameKana && <span className="block truncate text-xs text-slate-500">{row.nameKana}</span>}
                </span>
                <CustomerBadges customer={row} lists={lists} />
                <span className="block text-xs text-slate-500 tabular-nums">更新 {formatDateTime(new Date(row.updatedAt))}</span>
              </button>
              {organizationNames && row.organizationId !== null && (
                <div className="flex items-center gap-1 text-xs text-slate-500">
                  所属組織: <OrganizationButton id={row.organizationId} names={organizationNames} onOpen={onOrganization} />
                </div>
              )}
            </div>
            <StarToggle id={row.id} name={row.name} important={row.important} onError={onError} />
          </li>
        ))}
      </ul>
    </>
  );
}
