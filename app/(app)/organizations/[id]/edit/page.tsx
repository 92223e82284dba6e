import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageFeature } from "@/lib/features/page-guard";
import { pageOrganization } from "@/lib/organizations/page-query";
import { toFormValues } from "@/lib/templates/model/values";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客組織の編集" };

export default async function EditOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  await pageFeature("organizations");
  const { organization, template } = await pageOrganization((await params).id);
  const templates = await listTemplates("organization");
  const choices = templates.some((t) => t.id === template.id) ? templates : [template, ...templates];
  const stored = {
    ...organization.fields,
    name: organization.name,
    nameKana: organization.nameKana,
    searchKeywords: organization.searchKeywords,
  };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "顧客組織一覧", href: "/organizations" },
          { label: organization.name, href: `/organizations/${organization.id}` },
          { label: "編集" },
        ]}
      />
      <PageHeader title={`${organization.name} の編集`} />
      <div className="max-w-3xl">
        <OrganizationForm
          templates={choices.map((t) => ({ id: t.id, name: t.name, fields: t.fields }))}
          initialTemplateId={template.id}
          initialValues={toFormValues(template.fields, stored)}
          editing={{ id: organization.id, version: organization.version }}
        />
      </div>
    </>
  );
}
