import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/shared/format";
import type { ReportListItem } from "@/lib/reports/list";

/** The report's subject (or its first line when it has none) leads to the report; the rest follows as text. */
function ReportLink({ row }: { row: ReportListItem }) {
  const [head = `${row.templateName}を開く`, ...rest] = row.title ? [row.title, ...row.summary] : row.summary;
  return (
    <>
      <Link
        href={`/reports/${row.id}`}
        className={row.title ? "font-medium text-brand-700 hover:underline" : "text-brand-700 hover:underline"}
      >
        {head}
      </Link>
      {rest.map((line, i) => (
        <p key={i} className="text-xs text-slate-600">
          {line}
        </p>
      ))}
    </>
  );
}

/** Each report on its own row: a table on desktop, cards on phones. */
export function ReportResults({ rows }: { rows: ReportListItem[] }) {
  return (
    <>
      <table className="hidden w-full text-sm md:table">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-semibold text-slate-500">
          <tr>
            <th className="px-3 py-2 whitespace-nowrap">日時</th>
            <th className="px-3 py-2">種類</th>
            <th className="px-3 py-2">顧客</th>
            <th className="px-3 py-2">内容</th>
            <th className="px-3 py-2 whitespace-nowrap">作成者</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className="align-top hover:bg-slate-50" data-report-id={row.id}>
              <td className="px-3 py-2.5 text-xs whitespace-nowrap text-slate-600 tabular-nums">
                {formatDateTime(new Date(row.occurredAt))}
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap">
                <Badge tone="brand">{row.templateName}</Badge>
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap">
                <Link href={`/customers/${row.customer.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                  {row.customer.name}
                </Link>
              </td>
              <td className="min-w-64 px-3 py-2.5">
                <ReportLink row={row} />
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">{row.authorName ?? "―"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="divide-y divide-slate-100 md:hidden">
        {rows.map((row) => (
          <li key={row.id} data-report-id={row.id}>
            <Link href={`/reports/${row.id}`} className="block space-y-1 px-4 py-3 active:bg-slate-50">
              <span className="flex items-center justify-between gap-2">
                <Badge tone="brand">{row.templateName}</Badge>
                <time className="text-xs text-slate-500 tabular-nums">{formatDateTime(new Date(row.occurredAt))}</time>
              </span>
              <span className="block font-medium text-slate-900">{row.customer.name} 様</span>
              {row.title && <span className="block text-sm text-slate-800">{row.title}</span>}
              {row.summary.map((line, i) => (
                <span key={i} className="block truncate text-xs text-slate-600">
                  {line}
                </span>
              ))}
              <span className="block text-xs text-slate-500">作成者: {row.authorName ?? "―"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
