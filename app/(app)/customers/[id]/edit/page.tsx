import type { Metadata } from "next";
import { CustomerForm } from "@/components/customers/customer-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { customerSettings } from "@/lib/customer-settings/queries";
import { initialCustomerFormValues, storedCustomerValues } from "@/lib/customers/model/form";
import { pageCustomer } from "@/lib/customers/page-query";
import { currentOrganization } from "@/lib/organizations/membership";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客の編集" };

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  await pageUser();
  const { customer, template } = await pageCustomer((await params).id);
  const [templates, lists, organization] = await Promise.all([
    listTemplates("customer"),
    customerSettings(),
    currentOrganization(customer.organizationId),
  ]);
  // The record's own template stays selectable even when archived since.
  const choices = templates.some((t) => t.id === template.id) ? templates : [template, ...templates];
  return (
    <>
      <Breadcrumbs
        items={[{ label: "顧客一覧", href: "/customers" }, { label: customer.name, href: `/customers/${customer.id}` }, { label: "編集" }]}
      />
      <PageHeader title={`${customer.name} 様の編集`} />
      <div className="max-w-3xl">
        <CustomerForm
          lists={lists}
          templates={choices.map((t) => ({ id: t.id, name: t.name, fields: t.fields }))}
          initialTemplateId={template.id}
          initialValues={initialCustomerFormValues(
            template.fields,
            { stored: storedCustomerValues(customer), ...customer },
            undefined,
            organization,
          )}
          editing={{ id: customer.id, version: customer.version }}
        />
      </div>
    </>
  );
}
