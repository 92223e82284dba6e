import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageUser } from "@/lib/auth/page-guards";
export const metadata: Metadata = { title: "予定" };

export default async function Page() {
  await pageUser();
  return <ComingSoon title="予定" plan="顧客ごとの予定を登録し、今日・今週・期限切れで確認できるようになります。" />;
}
