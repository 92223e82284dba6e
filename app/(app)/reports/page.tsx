import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { pageUser } from "@/lib/auth/page-guards";
export const metadata: Metadata = { title: "報告書" };

export default async function Page() {
  await pageUser();
  return <ComingSoon title="報告書" plan="商談記録や来社履歴などの報告書を、顧客ごとに作成・一覧できるようになります。" />;
}
