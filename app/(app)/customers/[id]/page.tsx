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

export const metadata: Metadata = { title: "顧客詳細" };

const SAVED = { created: "顧客を登録しました", updated: "変更を保存しました" } as const;

export default async function CustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await pageUser();
  const [detail, lists, { saved }] = await Promise.all([pageCustomer((await params).id), customerSettings(), searchParams]);
  const timeline = await timelinePage({ customerId: detail.customer.id });
  const { customer } = detail;
  const flash = saved === "created" || saved === "updated" ? SAVED[saved] : null;
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
      <Card className="max-w-4xl p-5 sm:p-6">
        <CustomerSummary detail={detail} lists={lists} timeline={timeline} />
      </Card>
    </>
  );
}
