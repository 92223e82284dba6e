import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageUser } from "@/lib/auth/page-guards";
export const metadata: Metadata = { title: "顧客一覧" };

export default async function Page() {
  await pageUser();
  return <ComingSoon title="顧客一覧" plan="ステータス・客区分・タグ・重要マークでの絞り込みと、読み仮名に対応したキーワード検索を備えた顧客一覧を準備しています。" />;
}
