import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { AuditEntries } from "@/components/audit/audit-entries";
import { AuditFilters } from "@/components/audit/audit-filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { PageHeader } from "@/components/ui/page-header";
import { auditListSearch, parseAuditListState } from "@/lib/audit-log/model";
import { auditLogPage } from "@/lib/audit-log/queries";
import { pageAdmin } from "@/lib/auth/page-guards";
import { userChoices } from "@/lib/users/choices";

export const metadata: Metadata = { title: "監査ログ" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await pageAdmin();
  const { filter, cursor } = parseAuditListState(await searchParams);
  const [page, users] = await Promise.all([auditLogPage(filter, cursor), userChoices()]);
  const filtered = auditListSearch(filter);
  return (
    <>
      <Breadcrumbs items={[{ label: "設定", href: "/settings" }, { label: "監査ログ" }]} />
      <PageHeader
        title="監査ログ"
        description="ログイン、ユーザーと設定の変更、インポートとCSV出力、一括変更と削除の記録です。新しい順に表示します。"
        actions={
          <CsvExportButton
            path={`/api/export/audit${filtered}`}
            title="監査ログのCSV出力"
            disabled={page.entries.length === 0}
            label="always"
          >
            現在の条件に一致する記録をすべて、新しい順に出力します。この出力も監査ログに記録されます。文字コードを選んでください。
          </CsvExportButton>
        }
      />
      <div className="space-y-4">
        <AuditFilters filter={filter} users={users} />
        <AuditEntries entries={page.entries} />
        <nav aria-label="ページ送り" className="flex flex-wrap items-center justify-between gap-2">
          {page.newer !== null ? (
            <Link href={`/settings/audit${auditListSearch(filter, { after: page.newer })}`} className={buttonClass("secondary")}>
              <ChevronLeft aria-hidden className="size-4" />
              新しい記録
            </Link>
          ) : (
            <span />
          )}
          {(cursor.before || cursor.after) && (
            <Link href={`/settings/audit${filtered}`} className={buttonClass("ghost", "sm")}>
              最新に戻る
            </Link>
          )}
          {page.older !== null && (
            <Link href={`/settings/audit${auditListSearch(filter, { before: page.older })}`} className={buttonClass("secondary")}>
              古い記録
              <ChevronRight aria-hidden className="size-4" />
            </Link>
          )}
        </nav>
      </div>
    </>
  );
}
