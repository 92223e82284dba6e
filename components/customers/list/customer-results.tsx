"use client";

import Link from "next/link";
import { TagChips } from "@/components/customers/customer-badges";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Chip } from "@/components/customers/chip";
import { StarToggle } from "@/components/customers/star-toggle";
import { SpriteIcon, SpriteSymbols } from "@/components/ui/sprite-icons";
import type { CustomerListItem } from "@/lib/customers/search";
import { formatDateTime } from "@/lib/shared/format";
import styles from "./customer-results.module.css";

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

const NONE = <span className={styles.none}>―</span>;

function OrganizationButton({
  id,
  names,
  onOpen,
}: {
  id: number | null;
  names: Record<number, string>;
  onOpen: (o: { id: number; name: string }) => void;
}) {
  const name = id === null ? undefined : names[id];
  if (id === null || !name) return NONE;
  return (
    <button
      type="button"
      onClick={() => onOpen({ id, name })}
      className="max-w-40 truncate rounded-md px-1.5 py-0.5 text-left text-brand-700 hover:bg-brand-50 hover:underline"
      title={`${name} の詳細`}
    >
      {name}
    </button>
  );
}

/**
 * The page's customers: a table on desktop, the same rows as cards on phones (CSS only,
 * see the module). This is the heaviest part of the busiest page: keep each row lean.
 */
export function CustomerResults({
  rows,
  lists,
  selected,
  onSelect,
  onSelectPage,
  onQuickLook,
  onError,
  organizationNames,
  onOrganization,
}: Props) {
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const statuses = new Map(lists.statuses.map((s) => [s.id, s]));
  const classes = new Map(lists.classes.map((c) => [c.id, c]));
  return (
    <table className={styles.table}>
      <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold text-slate-500">
        <tr>
          <th className="w-10 px-3 py-2">
            <input
              type="checkbox"
              aria-label="このページの顧客をすべて選択"
              className="size-4 accent-brand-600"
              checked={allOnPage}
              onChange={(e) => onSelectPage(e.target.checked)}
            />
          </th>
          <th className="w-10 px-1 py-2">重要</th>
          <th className="px-2 py-2 whitespace-nowrap">氏名 / フリガナ</th>
          {organizationNames && <th className="px-2 py-2 whitespace-nowrap">所属組織</th>}
          <th className="px-2 py-2">ステータス</th>
          <th className="px-2 py-2">客区分</th>
          <th className="px-2 py-2">タグ</th>
          <th className="px-2 py-2 whitespace-nowrap">更新日時</th>
          <th className="w-12 px-3 py-2">
            <span className="sr-only">プレビュー</span>
            <SpriteSymbols names={["star", "eye"]} />
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const status = statuses.get(row.statusId);
          const cls = row.classId === null ? undefined : classes.get(row.classId);
          const isSelected = selected.has(row.id);
          return (
            <tr key={row.id} className={isSelected ? "bg-brand-50/60" : "hover:bg-slate-50"}>
              <td className={styles.select}>
                <input
                  type="checkbox"
                  aria-label={`${row.name} 様を選択`}
                  className="size-4 accent-brand-600 max-md:size-5"
                  checked={isSelected}
                  onChange={(e) => onSelect(row.id, e.target.checked)}
                />
              </td>
              <td className={styles.star}>
                <StarToggle id={row.id} name={row.name} important={row.important} onError={onError} />
              </td>
              <td className={styles.name}>
                <Link href={`/customers/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {row.name}
                </Link>
                {row.nameKana && <div className="truncate text-xs text-slate-500">{row.nameKana}</div>}
              </td>
              {organizationNames && (
                <td className={styles.organization}>
                  <OrganizationButton id={row.organizationId} names={organizationNames} onOpen={onOrganization} />
                </td>
              )}
              <td className={styles.status}>
                {status && (
                  <Chip color={status.color} title={status.name}>
                    {status.name}
                  </Chip>
                )}
              </td>
              <td className={styles.class}>
                {cls ? (
                  <Chip color={cls.color} title={cls.name}>
                    {cls.name}
                  </Chip>
                ) : (
                  NONE
                )}
              </td>
              <td className={styles.tags}>
                <div>
                  <TagChips tagIds={row.tagIds} tags={lists.tags} />
                </div>
              </td>
              <td className={styles.updated}>{formatDateTime(new Date(row.updatedAt))}</td>
              <td className={styles.look}>
                <button
                  type="button"
                  onClick={() => onQuickLook(row)}
                  aria-label={`${row.name} 様をプレビュー`}
                  className="grid size-10 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800"
                >
                  <SpriteIcon name="eye" className="size-4" />
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
