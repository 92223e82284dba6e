import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageFeature } from "@/lib/features/page-guard";
export const metadata: Metadata = { title: "顧客組織一覧" };

export default async function Page() {
  await pageFeature("organizations");
  return <ComingSoon title="顧客組織一覧" plan="会社単位で顧客をまとめ、組織内メンバの対応履歴をまとめて確認できるようになります。" />;
}
