import type { Metadata } from "next";
import Link from "next/link";
import { UserPlus } from "lucide-react";
import { CustomerListView } from "@/components/customers/list/customer-list-view";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { customerSettings } from "@/lib/customer-settings/queries";
import { effectiveFilter } from "@/lib/customers/effective-filter";
import { parseListState } from "@/lib/customers/model/filter";
import { isFeatureEnabled } from "@/lib/features/queries";
import { organizationNames as organizationNamesOf } from "@/lib/organizations/queries";
import { listSavedViews } from "@/lib/customers/saved-views";
import { CUSTOMER_PAGE_SIZE, searchCustomers } from "@/lib/customers/search";

export const metadata: Metadata = { title: "顧客一覧" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CustomersPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await pageUser();
  const params = await searchParams;
  const parsed = parseListState(params);
  const state = { ...parsed, filter: await effectiveFilter(parsed.filter) };
  const [result, lists, views, withOrganizations] = await Promise.all([
    searchCustomers(state.filter, { page: state.page, sort: state.sort }),
    customerSettings(),
    listSavedViews(),
    isFeatureEnabled("organizations"),
  ]);
  const organizationIds = [
    ...new Set([
      ...result.rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
      ...(state.filter.organizationId ? [state.filter.organizationId] : []),
    ]),
  ];
  const organizationNames = withOrganizations ? Object.fromEntries(await organizationNamesOf(organizationIds)) : null;
  return (
    <>
      <PageHeader
        title="顧客一覧"
        actions={
          <Link href="/customers/new" className={buttonClass("primary")}>
            <UserPlus aria-hidden className="size-4" />
            顧客追加
          </Link>
        }
      />
      {params.deleted === "1" && (
        <Alert tone="success" className="mb-4">
          顧客を削除しました
        </Alert>
      )}
      <CustomerListView
        organizationNames={organizationNames}
        state={state}
        result={result}
        pageSize={CUSTOMER_PAGE_SIZE}
        lists={lists}
        views={views}
        me={{ id: me.id, role: me.role }}
      />
    </>
  );
}
