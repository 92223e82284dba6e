import type { Metadata } from "next";
import { OrderedListEditor } from "@/components/customer-settings/ordered-list-editor";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { customersWith } from "@/lib/customer-settings/model/links";
import { ORDERED_LIST_TEXT } from "@/lib/customer-settings/model/inputs";
import { listOrderedItemsWithUsage } from "@/lib/customer-settings/usage";
import { createClassAction, deleteClassAction, moveClassAction, updateClassAction } from "@/lib/customer-settings/actions";

export const metadata: Metadata = { title: "客区分" };

export default async function CustomerClassesPage() {
  await pageAdmin();
  const items = await listOrderedItemsWithUsage("class");
  return (
    <>
      <Breadcrumbs items={[{ label: "設定", href: "/settings" }, { label: "客区分" }]} />
      <PageHeader
        title="客区分"
        description="顧客のランクなどの区分です。顧客ごとに1つ選ぶか、「なし」にできます。この並び順が選択肢や絞り込みの順になります。"
      />
      <OrderedListEditor
        text={ORDERED_LIST_TEXT.class}
        items={items.map(({ id, name, color, customerCount }) => ({
          id,
          name,
          color,
          customerCount,
          customersHref: customersWith("classIds", id),
        }))}
        actions={{ create: createClassAction, update: updateClassAction, move: moveClassAction, remove: deleteClassAction }}
      />
    </>
  );
}
