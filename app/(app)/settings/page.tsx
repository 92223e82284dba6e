import type { Metadata } from "next";
import Link from "next/link";
import { ChevronRight, FileStack, Layers, ListOrdered, ScrollText, Tags, ToggleRight, UserCog } from "lucide-react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { messages } from "@/messages";

const t = messages.settings;
export const metadata: Metadata = { title: t.title };

const SECTIONS = [
  { title: t.general, items: [{ href: "/settings/features", label: t.features, lead: t.featuresLead, Icon: ToggleRight }] },
  {
    title: "入力フォーム",
    items: [
      {
        href: "/settings/templates",
        label: "テンプレート",
        lead: "顧客・顧客組織・報告書の入力項目を定義します。",
        Icon: FileStack,
      },
    ],
  },
  {
    title: "顧客の分類",
    items: [
      {
        href: "/settings/statuses",
        label: "ステータス",
        lead: "顧客の段階(新規顧客 → 商談中 → 契約 …)とその順番を定義します。",
        Icon: ListOrdered,
      },
      { href: "/settings/classes", label: "客区分", lead: "Aランク・Bランクなど、顧客の区分を定義します。", Icon: Layers },
      { href: "/settings/tags", label: "タグ", lead: "新築・紹介・面談済など、顧客に付ける目印を定義します。", Icon: Tags },
    ],
  },
  {
    title: "アカウント",
    items: [
      { href: "/settings/users", label: t.users, lead: t.usersLead, Icon: UserCog },
      {
        href: "/settings/audit",
        label: "監査ログ",
        lead: "ログイン、設定の変更、CSV出力、一括変更や削除の記録を確認します。",
        Icon: ScrollText,
      },
    ],
  },
];

export default async function SettingsPage() {
  await pageAdmin();
  return (
    <>
      <PageHeader title={t.title} />
      <div className="space-y-6">
        {SECTIONS.map((section) => (
          <div key={section.title}>
            <h2 className="mb-2 text-sm font-semibold text-slate-500">{section.title}</h2>
            <Card className="divide-y divide-slate-100">
              {section.items.map(({ href, label, lead, Icon }) => (
                <Link key={href} href={href} className="flex items-center gap-4 px-5 py-4 hover:bg-slate-50">
                  <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-600">
                    <Icon aria-hidden className="size-5" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium">{label}</span>
                    <span className="block text-sm text-slate-600">{lead}</span>
                  </span>
                  <ChevronRight aria-hidden className="size-5 text-slate-400" />
                </Link>
              ))}
            </Card>
          </div>
        ))}
      </div>
    </>
  );
}
