import Link from "next/link";
import { FileStack } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/shared/format";
import type { Template } from "@/lib/templates/queries";
import { TemplateRowActions } from "./template-row-actions";

export function TemplateList({ templates }: { templates: Template[] }) {
  if (templates.length === 0) {
    return (
      <Card className="flex flex-col items-center px-6 py-12 text-center">
        <FileStack aria-hidden className="mb-3 size-10 text-slate-300" />
        <p className="font-medium">テンプレートがまだありません</p>
        <p className="mt-1 text-sm text-slate-600">右のフォームから最初のテンプレートを作成してください。</p>
      </Card>
    );
  }
  return (
    <Card>
      <ul className="divide-y divide-slate-100" aria-label="テンプレート一覧">
        {templates.map((t) => (
          <li key={t.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center" data-testid="template-row">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <Link
                  href={`/settings/templates/${t.id}`}
                  className={t.archivedAt ? "text-slate-400" : "hover:text-brand-700 hover:underline"}
                >
                  {t.name}
                </Link>
                {t.isDefault && <Badge tone="brand">既定</Badge>}
                {t.archivedAt && <Badge tone="warning">アーカイブ済み</Badge>}
              </p>
              <p className="text-sm text-slate-600">
                項目 {t.fields.length}個・更新 {formatDateTime(t.updatedAt)}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/settings/templates/${t.id}`} className={buttonClass("secondary", "sm")}>
                編集
              </Link>
              <Link href={`/settings/templates/${t.id}/preview`} className={buttonClass("ghost", "sm")}>
                プレビュー
              </Link>
              <TemplateRowActions template={{ id: t.id, name: t.name, isDefault: t.isDefault, archived: t.archivedAt !== null }} />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
