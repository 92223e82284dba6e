import type { Metadata } from "next";
import Link from "next/link";
import { TemplateCreateForm } from "@/components/templates/template-create-form";
import { TemplateList } from "@/components/templates/template-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { cn } from "@/lib/shared/cn";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateKind } from "@/lib/templates/model/definition";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "テンプレート" };

function kindOf(value: string | undefined): TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value ?? "") ? (value as TemplateKind) : "customer";
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await pageAdmin();
  const kind = kindOf((await searchParams).kind);
  const templates = await listTemplates(kind, { includeArchived: true });
  return (
    <>
      <Breadcrumbs items={[{ label: "設定", href: "/settings" }, { label: "テンプレート" }]} />
      <PageHeader
        title="テンプレート"
        description="顧客・顧客組織・報告書の入力フォームを定義します。顧客用と顧客組織用のテンプレートは互いに使えません。"
      />
      <nav aria-label="テンプレートの種類" className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200">
        {TEMPLATE_KINDS.map((k) => (
          <Link
            key={k}
            href={`/settings/templates?kind=${k}`}
            aria-current={k === kind ? "page" : undefined}
            className={cn(
              "-mb-px flex min-h-11 items-center whitespace-nowrap border-b-2 px-4 text-sm font-medium",
              k === kind ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {TEMPLATE_KIND_LABELS[k]}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <TemplateList templates={templates} />
        <TemplateCreateForm kind={kind} />
      </div>
    </>
  );
}
