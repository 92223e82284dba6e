"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TargetItem } from "@/lib/campaigns/targets";
import { formatDateTime } from "@/lib/shared/format";
import { OutcomeSelect } from "./outcome-select";

type Props = {
  campaignId: number;
  rows: TargetItem[];
  selected: Set<number>;
  onSelect: (id: number, on: boolean) => void;
  onSelectPage: (on: boolean) => void;
  onError: (message: string) => void;
};

function Name({ row }: { row: TargetItem }) {
  return (
    <>
      {row.customerId ? (
        <Link href={`/customers/${row.customerId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
          {row.snapshot.name}
        </Link>
      ) : (
        <span className="font-medium text-slate-900">{row.snapshot.name}</span>
      )}
      {!row.customerId && (
        <span className="ml-1.5">
          <Badge>削除済み</Badge>
        </span>
      )}
      {row.snapshot.nameKana && <span className="block text-xs text-slate-500">{row.snapshot.nameKana}</span>}
    </>
  );
}

function Address({ row }: { row: TargetItem }) {
  const { postalCode, address } = row.snapshot;
  if (!postalCode && !address) return <span className="text-xs text-amber-700">住所未登録</span>;
  return (
    <span className="text-xs text-slate-600">
      {postalCode && <span className="mr-1.5 tabular-nums">〒{postalCode}</span>}
      {address}
    </span>
  );
}

function Updated({ row }: { row: TargetItem }) {
  if (!row.outcomeUpdatedAt) return <span className="text-slate-300">―</span>;
  return (
    <span className="text-xs text-slate-500 tabular-nums">
      {formatDateTime(new Date(row.outcomeUpdatedAt))}
      {row.outcomeUpdatedByName && <span className="block">{row.outcomeUpdatedByName}</span>}
    </span>
  );
}

/** 対象者 as frozen at execution: a table on desktop, cards on phones; each with its 結果. */
export function TargetRows({ campaignId, rows, selected, onSelect, onSelectPage, onError }: Props) {
  const allOnPage = rows.every((r) => selected.has(r.id));
  const check = (row: TargetItem, className: string) => (
    <input
      type="checkbox"
      aria-label={`${row.snapshot.name} 様を選択`}
      className={className}
      checked={selected.has(row.id)}
      onChange={(e) => onSelect(row.id, e.target.checked)}
    />
  );
  const outcome = (row: TargetItem) => (
    <OutcomeSelect campaignId={campaignId} targetId={row.id} name={row.snapshot.name} outcome={row.outcome} onError={onError} />
  );
  return (
    <>
      <table className="hidden w-full text-sm md:table">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold text-slate-500">
          <tr>
            <th className="w-10 px-3 py-2">
              <input
                type="checkbox"
                aria-label="このページの対象者をすべて選択"
                className="size-4 accent-brand-600"
                checked={allOnPage}
                onChange={(e) => onSelectPage(e.target.checked)}
              />
            </th>
            <th className="px-3 py-2">氏名 / フリガナ</th>
            <th className="px-3 py-2">〒 住所</th>
            <th className="px-3 py-2 whitespace-nowrap">実行時の区分</th>
            <th className="px-3 py-2">結果</th>
            <th className="px-3 py-2 whitespace-nowrap">結果の更新</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={selected.has(row.id) ? "bg-brand-50/60" : "hover:bg-slate-50"} data-testid="target-row">
              <td className="px-3 py-2">{check(row, "size-4 accent-brand-600")}</td>
              <td className="min-w-36 px-3 py-2">
                <Name row={row} />
              </td>
              <td className="px-3 py-2">
                <Address row={row} />
              </td>
              <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600">
                {row.snapshot.status}
                {row.snapshot.class && <span className="block">{row.snapshot.class}</span>}
              </td>
              <td className="px-3 py-2">{outcome(row)}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <Updated row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden">
        {rows.map((row) => (
          <li
            key={row.id}
            className={`flex items-start gap-3 px-3 py-3 ${selected.has(row.id) ? "bg-brand-50/60" : ""}`}
            data-testid="target-card"
          >
            {check(row, "mt-1 size-5 shrink-0 accent-brand-600")}
            <div className="min-w-0 flex-1 space-y-1.5">
              <div>
                <Name row={row} />
              </div>
              <Address row={row} />
              {outcome(row)}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
