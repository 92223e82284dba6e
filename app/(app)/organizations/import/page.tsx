import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageFeature } from "@/lib/features/page-guard";
export const metadata: Metadata = { title: "顧客組織インポート" };

export default async function Page() {
  await pageFeature("organizations");
  return <ComingSoon title="顧客組織インポート" plan="Excel で作成した CSV(Shift_JIS にも対応)から顧客組織を一括登録できるようになります。" />;
}
