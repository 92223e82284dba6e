import type { Metadata } from "next";
import Link from "next/link";
import { OrganizationList } from "@/components/organizations/organization-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageFeature } from "@/lib/features/page-guard";
import { pageParam, textParam } from "@/lib/shared/search-params";
import { ORGANIZATION_PAGE_SIZE, searchOrganizations } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "顧客組織一覧" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await pageFeature("organizations");
  const params = await searchParams;
  const result = await searchOrganizations({ keyword: textParam(params.q), page: pageParam(params.page) });
  return (
    <>
      <PageHeader
        title="顧客組織一覧"
        actions={
          <>
            <Link href="/organizations/import" className={buttonClass("secondary")}>
              インポート
            </Link>
            <Link href="/organizations/new" className={buttonClass("primary")}>
              顧客組織追加
            </Link>
          </>
        }
      />
      {params.deleted === "1" && (
        <Alert tone="success" className="mb-4">
          顧客組織を削除しました。メンバーは所属組織なしの顧客として残っています。
        </Alert>
      )}
      <OrganizationList
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={ORGANIZATION_PAGE_SIZE}
        keyword={result.keyword}
      />
    </>
  );
}
