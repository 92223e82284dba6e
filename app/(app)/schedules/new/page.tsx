import type { Metadata } from "next";
import { ScheduleForm } from "@/components/schedules/schedule-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { preselectedCustomer } from "@/lib/reports/preselected";
import { initialScheduleFormValues } from "@/lib/schedules/model/inputs";
import { userChoices } from "@/lib/users/choices";

export const metadata: Metadata = { title: "予定を追加" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewSchedulePage({ searchParams }: { searchParams: SearchParams }) {
  const me = await pageUser();
  const params = await searchParams;
  const [customer, assignees] = await Promise.all([preselectedCustomer(params.customerId), userChoices()]);
  const crumbs = customer
    ? [{ label: "顧客一覧", href: "/customers" }, { label: customer.name, href: `/customers/${customer.id}` }, { label: "予定を追加" }]
    : [{ label: "予定一覧", href: "/schedules" }, { label: "予定を追加" }];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={customer ? `${customer.name} 様の予定を追加` : "予定を追加"}
        description="保存すると顧客の対応履歴と予定一覧に載ります。"
      />
      <div className="max-w-3xl space-y-4">
        {params.customerId && !customer && (
          <Alert tone="info">指定された顧客が見つかりませんでした。削除された可能性があります。顧客を検索して選んでください。</Alert>
        )}
        <ScheduleForm
          initialValues={initialScheduleFormValues({ customerId: customer?.id ?? null, assigneeId: me.id })}
          initialCustomer={customer}
          assignees={assignees}
          back={customer ? { href: `/customers/${customer.id}`, toCustomer: true } : { href: "/schedules", toCustomer: false }}
        />
      </div>
    </>
  );
}
