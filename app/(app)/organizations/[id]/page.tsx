import type { Metadata } from "next";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { DeleteOrganizationButton } from "@/components/organizations/delete-organization-button";
import { OrganizationSummary } from "@/components/organizations/organization-summary";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { customerSettings } from "@/lib/customer-settings/queries";
import { pageFeature } from "@/lib/features/page-guard";
import { pageOrganization } from "@/lib/organizations/page-query";
import { listOrganizationMembers } from "@/lib/organizations/queries";
import { timelinePage } from "@/lib/timeline/queries";
import { amountTotals } from "@/lib/reports/amounts";
import { AmountTotals } from "@/components/reports/amount-totals";

export const metadata: Metadata = { title: "顧客組織" };

const SAVED = { created: "顧客組織を登録しました", updated: "変更を保存しました" } as const;

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await pageFeature("organizations");
  const detail = await pageOrganization((await params).id);
  const { organization } = detail;
  const [members, timeline, totals, lists, { saved }] = await Promise.all([
    listOrganizationMembers(organization.id),
    timelinePage({ organizationId: organization.id }),
    amountTotals({ organizationId: organization.id }),
    customerSettings(),
    searchParams,
  ]);
  const flash = saved === "created" || saved === "updated" ? SAVED[saved] : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客組織一覧", href: "/organizations" }, { label: organization.name }]} />
      <PageHeader
        title={organization.name}
        actions={
          <>
            <Link href={`/organizations/${organization.id}/edit`} className={buttonClass("primary")}>
              <Pencil aria-hidden className="size-4" />
              編集
            </Link>
            <DeleteOrganizationButton organization={organization} memberCount={detail.memberCount} />
          </>
        }
      />
      {flash && (
        <Alert tone="success" className="mb-5">
          {flash}
        </Alert>
      )}
      <Card className="max-w-4xl p-5 sm:p-6">
        <OrganizationSummary
          detail={detail}
          members={members}
          timeline={timeline}
          lists={lists}
          extra={
            <section className="space-y-3">
              <h2 className="text-sm font-semibold text-slate-500">金額の合計(組織内メンバ全員の報告書)</h2>
              <AmountTotals totals={totals} />
            </section>
          }
        />
      </Card>
    </>
  );
}
