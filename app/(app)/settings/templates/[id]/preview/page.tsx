import type { Metadata } from "next";
import Link from "next/link";
import { TemplatePreviewForm } from "@/components/templates/template-preview-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { TEMPLATE_KIND_LABELS } from "@/lib/templates/model/definition";
import { pageTemplate } from "@/lib/templates/page-query";

export const metadata: Metadata = { title: "テンプレートのプレビュー" };

export default async function TemplatePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await pageAdmin();
  const template = await pageTemplate((await params).id);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "設定", href: "/settings" },
          { label: "テンプレート", href: `/settings/templates?kind=${template.kind}` },
          { label: template.name, href: `/settings/templates/${template.id}` },
          { label: "プレビュー" },
        ]}
      />
      <PageHeader
        title={`プレビュー: ${TEMPLATE_KIND_LABELS[template.kind]}「${template.name}」`}
        actions={
          <Link href={`/settings/templates/${template.id}`} className={buttonClass("secondary")}>
            編集に戻る
          </Link>
        }
      />
      <div className="max-w-3xl">
        <Alert tone="info" className="mb-5">
          登録画面と同じ入力チェックを試せます。ここで入力した内容は保存されません。
        </Alert>
        <TemplatePreviewForm templateId={template.id} fields={template.fields} />
      </div>
    </>
  );
}
