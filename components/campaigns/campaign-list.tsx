"use client";

import { Megaphone, Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { KeywordBox } from "@/components/customers/list/keyword-box";
import { Pagination } from "@/components/customers/list/pagination";
import { buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/select-field";
import type { CampaignListItem } from "@/lib/campaigns/queries";
import {
  formatRate,
  CAMPAIGN_KINDS,
  KIND_LABELS,
  STATE_LABELS,
  type CampaignKind,
  type CampaignState,
} from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";
import { formatDate } from "@/lib/shared/format";
import { CampaignBadges } from "./campaign-badges";

type ListState = { state?: CampaignState; kind?: CampaignKind; keyword: string; page: number };
type Props = ListState & { rows: CampaignListItem[]; total: number; pageSize: number };

function listHref(s: ListState): string {
  const params = new URLSearchParams();
  if (s.state) params.set("state", s.state);
  if (s.kind) params.set("kind", s.kind);
  if (s.keyword) params.set("q", s.keyword);
  if (s.page > 1) params.set("page", String(s.page));
  const query = params.toString();
  return `/campaigns${query ? `?${query}` : ""}`;
}

const planned = (row: CampaignListItem) => (row.plannedOn ? row.plannedOn.replaceAll("-", "/") : "未定");
const count = (row: CampaignListItem) => (row.state === "executed" ? `${(row.targetCount ?? 0).toLocaleString("ja-JP")}人` : "―");
const rate = (row: CampaignListItem) => (row.state === "executed" && row.targetCount ? formatRate(row.responded / row.targetCount) : "―");

/** 販促活動一覧: state tabs, kind and name filters in the URL; a table on desktop, cards on phones. */
export function CampaignList({ rows, total, page, pageSize, state, kind, keyword }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const current: ListState = { state, kind, keyword, page };
  const go = (patch: Partial<ListState>) => startTransition(() => router.push(listHref({ ...current, page: 1, ...patch })));
  const filtered = Boolean(state || kind || keyword);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="inline-flex rounded-lg bg-slate-100 p-0.5 text-sm font-medium" role="group" aria-label="状態">
          {([undefined, "draft", "executed"] as const).map((s) => (
            <button
              key={s ?? "all"}
              type="button"
              aria-pressed={state === s}
              onClick={() => go({ state: s })}
              className={cn("min-h-9 rounded-md px-3", state === s ? "bg-white text-slate-900 shadow-sm" : "text-slate-600")}
            >
              {s ? STATE_LABELS[s] : "すべて"}
            </button>
          ))}
        </div>
        <select
          aria-label="種類"
          className={`${selectClass} min-h-10`}
          value={kind ?? ""}
          onChange={(e) => go({ kind: (e.target.value || undefined) as CampaignKind | undefined })}
        >
          <option value="">すべての種類</option>
          {CAMPAIGN_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <div className="w-full sm:w-auto sm:flex-1">
          <KeywordBox value={keyword} onSearch={(k) => go({ keyword: k })} placeholder="名称で検索" />
        </div>
      </div>
      <div
        className={cn("overflow-hidden rounded-xl border border-slate-200 bg-white transition-opacity", pending && "opacity-60")}
        aria-busy={pending}
      >
        <p className="border-b border-slate-200 px-3 py-2 text-sm" aria-live="polite">
          {total > 0 ? (
            <>
              <strong className="tabular-nums">{total.toLocaleString("ja-JP")}</strong>件
            </>
          ) : filtered ? (
            "条件に一致する販促活動はありません"
          ) : (
            "販促活動はまだありません"
          )}
        </p>
        {rows.length === 0 ? (
          <div className="flex flex-col items-center gap-3 px-6 py-12 text-center">
            <Megaphone aria-hidden className="size-10 text-slate-300" />
            {filtered ? (
              <p className="text-sm text-slate-600">状態・種類・名称の条件を変えてお試しください。</p>
            ) : (
              <>
                <p className="font-medium text-slate-800">最初の販促活動を作成しましょう</p>
                <p className="max-w-md text-sm text-slate-500">
                  ステータス・客区分・タグなどで対象者を抽出し、DMやイベント案内を実行して結果を記録できます。顧客一覧の「この条件で販促活動を作成」からも始められます。
                </p>
                <Link href="/campaigns/new" className={buttonClass("primary")}>
                  <Plus aria-hidden className="size-4" />
                  新規販促活動
                </Link>
              </>
            )}
          </div>
        ) : (
          <>
            <table className="hidden w-full text-sm md:table">
              <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold text-slate-500">
                <tr>
                  <th className="px-4 py-2">名称</th>
                  <th className="px-3 py-2">状態 / 種類</th>
                  <th className="px-3 py-2 whitespace-nowrap">実施予定日</th>
                  <th className="px-3 py-2 text-right">対象者</th>
                  <th className="px-3 py-2 text-right">反応率</th>
                  <th className="px-3 py-2 whitespace-nowrap">実行日</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id} className="hover:bg-slate-50">
                    <td className="px-4 py-2.5">
                      <Link href={`/campaigns/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {row.name}
                      </Link>
                    </td>
                    <td className="px-3 py-2.5">
                      <CampaignBadges kind={row.kind} state={row.state} followUp={row.followUp} />
                    </td>
                    <td className="px-3 py-2.5 whitespace-nowrap text-slate-700 tabular-nums">{planned(row)}</td>
                    <td className="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">{count(row)}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{rate(row)}</td>
                    <td className="px-3 py-2.5 whitespace-nowrap text-slate-600 tabular-nums">
                      {row.executedAt ? formatDate(new Date(row.executedAt)) : "―"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="divide-y divide-slate-100 md:hidden">
              {rows.map((row) => (
                <li key={row.id}>
                  <Link href={`/campaigns/${row.id}`} className="block space-y-1.5 px-4 py-3 hover:bg-slate-50">
                    <span className="block font-medium text-slate-900">{row.name}</span>
                    <CampaignBadges kind={row.kind} state={row.state} followUp={row.followUp} />
                    <span className="flex flex-wrap gap-x-3 text-xs text-slate-600 tabular-nums">
                      <span>予定 {planned(row)}</span>
                      {row.state === "executed" && <span>対象者 {count(row)}</span>}
                      {row.state === "executed" && <span>反応率 {rate(row)}</span>}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} onPage={(p) => go({ page: p })} />
    </div>
  );
}
