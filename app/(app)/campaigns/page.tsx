import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageUser } from "@/lib/auth/page-guards";
export const metadata: Metadata = { title: "販促活動" };

export default async function Page() {
  await pageUser();
  return <ComingSoon title="販促活動" plan="ステータス・客区分・タグで対象者を抽出し、DMやイベント案内を記録できるようになります。" />;
}
