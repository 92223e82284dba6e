import { and, asc, count, eq, inArray } from "drizzle-orm";
import { customers, organizations, templates } from "@/db/schema";
import { organizationColumns } from "@/lib/organizations/mutations";
import { db } from "@/db/client";

// [name, kana, member names]: the demo's companies. 顧客組織 is off on a new installation;
// turning it on in 設定 > 全般 > 機能 shows them with their members.
const ORGANIZATIONS: [string, string, string[]][] = [
  ["株式会社青山建設", "アオヤマケンセツ", ["青山 航", "藤井 沙織", "西村 誠一"]],
  ["有限会社森田工務店", "モリタコウムテン", ["森田 隼人", "原 千夏"]],
  ["株式会社さくら不動産", "サクラフドウサン", ["森 さくら", "中野 美和", "小野 結衣", "田村 信也"]],
  ["合同会社みらい設計", "ミライセッケイ", ["竹内 莉子", "金子 賢"]],
];

/** A few organizations with members, once, stored directly (the feature may be off). */
export async function seedDemoOrganizations(adminId: number): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(organizations);
  if ((existing?.n ?? 0) > 0) return;
  const [template] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.kind, "organization"), eq(templates.isDefault, true)))
    .orderBy(asc(templates.id));
  if (!template) return;
  for (const [name, nameKana, members] of ORGANIZATIONS) {
    const stored = { name, nameKana, searchKeywords: `${name} ${members.map((m) => m.split(" ")[0]).join(" ")}`, industry: "建設・不動産" };
    const [org] = await db
      .insert(organizations)
      .values({ templateId: template.id, ...organizationColumns(stored, template.fields), createdBy: adminId, updatedBy: adminId })
      .returning({ id: organizations.id });
    await db.update(customers).set({ organizationId: org!.id }).where(inArray(customers.name, members));
  }
}
