import type { Metadata } from "next";
import { TagEditor } from "@/components/customer-settings/tag-editor";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { customersWith } from "@/lib/customer-settings/model/links";
import { listTagsWithUsage } from "@/lib/customer-settings/usage";
import { createTagAction, deleteTagAction, updateTagAction } from "@/lib/customer-settings/actions";

export const metadata: Metadata = { title: "タグ" };

export default async function TagsPage() {
  await pageAdmin();
  const tags = await listTagsWithUsage();
  return (
    <>
      <Breadcrumbs items={[{ label: "設定", href: "/settings" }, { label: "タグ" }]} />
      <PageHeader title="タグ" description="顧客に付ける目印です(新築、紹介、面談済 など)。顧客一覧でタグによる絞り込みができます。" />
      <TagEditor
        items={tags.map(({ id, name, color, customerCount }) => ({
          id,
          name,
          color,
          customerCount,
          customersHref: customersWith("tagIds", id),
        }))}
        actions={{ create: createTagAction, update: updateTagAction, remove: deleteTagAction }}
      />
    </>
  );
}
