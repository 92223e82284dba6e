import type { Metadata } from "next";
import { TemplateEditor } from "@/components/templates/template-editor";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { TEMPLATE_KIND_LABELS } from "@/lib/templates/model/definition";
import { pageTemplate } from "@/lib/templates/page-query";

export const metadata: Metadata = { title: "テンプレートの編集" };

export default async function TemplateEditPage({ params }: { params: Promise<{ id: string }> }) {
  await pageAdmin();
  const template = await pageTemplate((await params).id);
  const kindLabel = TEMPLATE_KIND_LABELS[template.kind];
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "設定", href: "/settings" },
          { label: "テンプレート", href: `/settings/templates?kind=${template.kind}` },
          { label: template.name },
        ]}
      />
      <PageHeader
        title={`${kindLabel}テンプレート「${template.name}」`}
        description="項目の追加・並べ替え・削除ができます。削除した項目の登録済みの値は消えません。"
        actions={template.isDefault ? <Badge tone="brand">既定</Badge> : undefined}
      />
      <div className="max-w-3xl">
        <TemplateEditor template={{ id: template.id, version: template.version, name: template.name, fields: template.fields }} />
      </div>
    </>
  );
}
