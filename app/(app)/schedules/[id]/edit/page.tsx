import type { Metadata } from "next";
import { DeleteScheduleButton } from "@/components/schedules/delete-schedule-button";
import { ScheduleForm } from "@/components/schedules/schedule-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { initialScheduleFormValues } from "@/lib/schedules/model/inputs";
import { pageSchedule } from "@/lib/schedules/page-query";
import { userChoices } from "@/lib/users/choices";

export const metadata: Metadata = { title: "予定の編集" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** ?from=customer (links from a timeline) returns to the customer's detail after saving. */
export default async function EditSchedulePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await pageUser();
  const [schedule, assignees, query] = await Promise.all([pageSchedule((await params).id), userChoices(), searchParams]);
  const toCustomer = query.from === "customer";
  const back = toCustomer ? { href: `/customers/${schedule.customer.id}`, toCustomer } : { href: "/schedules", toCustomer };
  const crumbs = toCustomer
    ? [{ label: "顧客一覧", href: "/customers" }, { label: schedule.customer.name, href: back.href }, { label: "予定の編集" }]
    : [{ label: "予定一覧", href: "/schedules" }, { label: "予定の編集" }];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title="予定の編集"
        description={schedule.doneAt ? "この予定は完了済みです。" : undefined}
        actions={
          <DeleteScheduleButton
            schedule={{ id: schedule.id, version: schedule.version, title: schedule.title, customerName: schedule.customer.name }}
            after={back.href}
          />
        }
      />
      <div className="max-w-3xl">
        <ScheduleForm
          initialValues={initialScheduleFormValues({
            ...schedule,
            customerId: schedule.customer.id,
            assigneeId: schedule.assignee?.id ?? null,
          })}
          initialCustomer={schedule.customer}
          assignees={assignees}
          editing={{ id: schedule.id, version: schedule.version }}
          back={back}
        />
      </div>
    </>
  );
}
