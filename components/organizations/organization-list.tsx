"use client";

import { Building2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { KeywordBox } from "@/components/customers/list/keyword-box";
import { Pagination } from "@/components/customers/list/pagination";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/lib/shared/format";
import type { OrganizationListItem } from "@/lib/organizations/queries";

function href(keyword: string, page: number) {
  const params = new URLSearchParams();
  if (keyword) params.set("q", keyword);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/organizations${query ? `?${query}` : ""}`;
}

/** 顧客組織一覧: keyword in the URL, member counts, pages; a table on desktop, cards on phones. */
export function OrganizationList({
  rows,
  total,
  page,
  pageSize,
  keyword,
}: {
  rows: OrganizationListItem[];
  total: number;
  page: number;
  pageSize: number;
  keyword: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (k: string, p: number) => startTransition(() => router.push(href(k, p)));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <KeywordBox value={keyword} onSearch={(k) => go(k, 1)} placeholder="組織名・フリガナ・キーワードで検索" />
        <a href={`/api/export/organizations${keyword ? `?q=${encodeURIComponent(keyword)}` : ""}`} className={buttonClass("secondary")}>
          CSV出力
        </a>
      </div>
      <div className={`overflow-hidden rounded-xl border border-slate-200 bg-white ${pending ? "opacity-60" : ""}`} aria-busy={pending}>
        <p className="border-b border-slate-200 px-3 py-2 text-sm" aria-live="polite">
          {total > 0 ? (
            <>
              <strong className="tabular-nums">{total.toLocaleString("ja-JP")}</strong>件
            </>
          ) : (
            "該当する顧客組織はありません"
          )}
        </p>
        {rows.length === 0 ? (
          <div className="flex flex-col items-center gap-3 px-6 py-12 text-center">
            <Building2 aria-hidden className="size-10 text-slate-300" />
            <p className="text-sm text-slate-600">
              {keyword ? "キーワードを変えてお試しください。" : "まだ顧客組織が登録されていません。"}
            </p>
            {!keyword && (
              <Link href="/organizations/new" className={buttonClass("primary")}>
                顧客組織を追加
              </Link>
            )}
          </div>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((row) => (
              <li key={row.id} className="flex items-center gap-3 px-4 py-3 hover:bg-slate-50">
                <Building2 aria-hidden className="size-5 shrink-0 text-slate-400" />
                <Link href={`/organizations/${row.id}`} className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-slate-900">{row.name}</span>
                  {row.nameKana && <span className="block truncate text-xs text-slate-500">{row.nameKana}</span>}
                </Link>
                <span className="shrink-0 rounded-full bg-slate-100 px-2.5 py-0.5 text-xs tabular-nums text-slate-700">
                  メンバー {row.memberCount.toLocaleString("ja-JP")}人
                </span>
                <span className="hidden shrink-0 text-xs text-slate-500 tabular-nums sm:block">
                  {formatDateTime(new Date(row.updatedAt))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} onPage={(p) => go(keyword, p)} />
    </div>
  );
}
