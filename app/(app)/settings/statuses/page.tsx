import type { Metadata } from "next";
import { OrderedListEditor } from "@/components/customer-settings/ordered-list-editor";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { customersWith } from "@/lib/customer-settings/model/links";
import { ORDERED_LIST_TEXT } from "@/lib/customer-settings/model/inputs";
import { listOrderedItemsWithUsage } from "@/lib/customer-settings/usage";
import { createStatusAction, deleteStatusAction, moveStatusAction, updateStatusAction } from "@/lib/customer-settings/actions";

export const metadata: Metadata = { title: "ステータス" };

export default async function StatusesPage() {
  await pageAdmin();
  const items = await listOrderedItemsWithUsage("status");
  return (
    <>
      <Breadcrumbs items={[{ label: "設定", href: "/settings" }, { label: "ステータス" }]} />
      <PageHeader
        title="ステータス"
        description="顧客の段階を、進む順に上から並べます。一番上のステータスが新しい顧客の初期値になります。顧客のステータスの変更は履歴に残ります。"
      />
      <OrderedListEditor
        text={ORDERED_LIST_TEXT.status}
        items={items.map(({ id, name, color, customerCount }) => ({
          id,
          name,
          color,
          customerCount,
          customersHref: customersWith("statusIds", id),
        }))}
        actions={{ create: createStatusAction, update: updateStatusAction, move: moveStatusAction, remove: deleteStatusAction }}
      />
    </>
  );
}
