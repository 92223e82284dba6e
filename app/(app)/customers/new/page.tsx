import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageUser } from "@/lib/auth/page-guards";
export const metadata: Metadata = { title: "顧客追加" };

export default async function Page() {
  await pageUser();
  return <ComingSoon title="顧客追加" plan="テンプレートから作られる入力フォームで顧客を登録できるようになります。" />;
}
