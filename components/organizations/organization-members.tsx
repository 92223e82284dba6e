"use client";

import { ChevronDown, Users } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { CustomerBadges } from "@/components/customers/customer-badges";
import type { OrganizationMember } from "@/lib/organizations/queries";

/** 組織内メンバ: collapsed at first (a big company has many), one click opens the list. */
export function OrganizationMembers({
  organizationId,
  members,
  total,
  lists,
}: {
  organizationId: number;
  members: OrganizationMember[];
  total: number;
  lists: CustomerSettingsLists;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="rounded-lg border border-slate-200">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex min-h-11 w-full items-center gap-2 px-4 text-left text-sm font-medium"
      >
        <Users aria-hidden className="size-4 text-slate-500" />
        組織内メンバ
        <span className="rounded-full bg-slate-100 px-2 text-xs tabular-nums text-slate-700">{total.toLocaleString("ja-JP")}人</span>
        <ChevronDown aria-hidden className={`ml-auto size-4 text-slate-500 transition-transform ${open ? "rotate-180" : ""}`} />
      </button>
      {open && (
        <div className="border-t border-slate-200">
          {members.length === 0 ? (
            <p className="px-4 py-4 text-sm text-slate-500">メンバーはまだいません。顧客の編集画面で所属組織を選ぶと追加されます。</p>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="組織内メンバ">
              {members.map((m) => (
                <li key={m.id} className="flex flex-col gap-1 px-4 py-2.5 sm:flex-row sm:items-center sm:gap-3">
                  <Link
                    href={`/customers/${m.id}`}
                    className="min-w-0 shrink-0 text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline sm:w-48 sm:truncate"
                  >
                    {m.name}
                    {m.nameKana && <span className="ml-2 text-xs font-normal text-slate-500">{m.nameKana}</span>}
                  </Link>
                  <CustomerBadges customer={m} lists={lists} />
                </li>
              ))}
            </ul>
          )}
          {total > 0 && (
            <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
              {total > members.length && `先頭の${members.length.toLocaleString("ja-JP")}人を表示しています。`}
              <Link href={`/customers?org=${organizationId}`} className="font-medium text-brand-700 hover:underline">
                顧客一覧で絞り込んで見る
              </Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
