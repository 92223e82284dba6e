import type { Metadata } from "next";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { CustomerSummary } from "@/components/customers/customer-summary";
import { DeleteCustomerButton } from "@/components/customers/delete-customer-button";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { customerSettings } from "@/lib/customer-settings/queries";
import { pageCustomer } from "@/lib/customers/page-query";
import { timelinePage } from "@/lib/timeline/queries";
import { CustomerActivity, CustomerActivityButtons } from "@/components/reports/customer-activity";
import { amountTotals } from "@/lib/reports/amounts";
import { openSchedulesOf } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "顧客詳細" };

const SAVED: Record<string, string> = {
  created: "顧客を登録しました",
  updated: "変更を保存しました",
  report: "報告書を保存しました",
  schedule: "予定を保存しました",
};

export default async function CustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await pageUser();
  const [detail, lists, { saved }] = await Promise.all([pageCustomer((await params).id), customerSettings(), searchParams]);
  const [timeline, totals, open] = await Promise.all([
    timelinePage({ customerId: detail.customer.id }),
    amountTotals({ customerId: detail.customer.id }),
    openSchedulesOf(detail.customer.id),
  ]);
  const { customer } = detail;
  const flash = saved ? (SAVED[saved] ?? null) : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客一覧", href: "/customers" }, { label: customer.name }]} />
      <PageHeader
        title={`${customer.name} 様`}
        actions={
          <>
            <Link href={`/customers/${customer.id}/edit`} className={buttonClass("primary")}>
              <Pencil aria-hidden className="size-4" />
              編集
            </Link>
            <DeleteCustomerButton customer={customer} />
          </>
        }
      />
      {flash && (
        <Alert tone="success" className="mb-5">
          {flash}
        </Alert>
      )}
      <div className="mb-4 max-w-4xl">
        <CustomerActivityButtons customerId={customer.id} />
      </div>
      <Card className="max-w-4xl p-5 sm:p-6">
        <CustomerSummary
          detail={detail}
          lists={lists}
          timeline={timeline}
          beforeTimeline={<CustomerActivity customerId={customer.id} totals={totals} open={open} />}
        />
      </Card>
    </>
  );
}
