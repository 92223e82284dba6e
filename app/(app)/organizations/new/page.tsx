import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageFeature } from "@/lib/features/page-guard";
export const metadata: Metadata = { title: "顧客組織追加" };

export default async function Page() {
  await pageFeature("organizations");
  return <ComingSoon title="顧客組織追加" plan="顧客組織用のテンプレートで組織を登録できるようになります。" />;
}
