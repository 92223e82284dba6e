import { asc, count, eq } from "drizzle-orm";
import { customerClasses, customers, statuses, tags, templates } from "@/db/schema";
import { runAs } from "@/lib/auth/current-user";
import { createCustomer } from "@/lib/customers/mutations";
import { db } from "@/db/client";

// [name, kana]: common surnames, plus the 会田 / 青木 / 明石 of the walkthroughs and
// one-character surnames (林, 森) that keyword search must find.
const PEOPLE: [string, string][] = [
  ["会田 花子", "アイダ ハナコ"],
  ["青木 健一", "アオキ ケンイチ"],
  ["明石 由美", "アカシ ユミ"],
  ["林 誠", "ハヤシ マコト"],
  ["森 さくら", "モリ サクラ"],
  ["佐藤 大輔", "サトウ ダイスケ"],
  ["鈴木 美咲", "スズキ ミサキ"],
  ["高橋 翔太", "タカハシ ショウタ"],
  ["田中 陽子", "タナカ ヨウコ"],
  ["伊藤 直樹", "イトウ ナオキ"],
  ["渡辺 真理", "ワタナベ マリ"],
  ["山本 拓也", "ヤマモト タクヤ"],
  ["中村 彩", "ナカムラ アヤ"],
  ["小林 浩二", "コバヤシ コウジ"],
  ["加藤 恵", "カトウ メグミ"],
  ["吉田 健太", "ヨシダ ケンタ"],
  ["山田 優子", "ヤマダ ユウコ"],
  ["佐々木 亮", "ササキ リョウ"],
  ["山口 千尋", "ヤマグチ チヒロ"],
  ["松本 和也", "マツモト カズヤ"],
  ["井上 舞", "イノウエ マイ"],
  ["木村 剛", "キムラ ツヨシ"],
  ["清水 香織", "シミズ カオリ"],
  ["山崎 徹", "ヤマザキ トオル"],
  ["池田 奈々", "イケダ ナナ"],
  ["橋本 隆", "ハシモト タカシ"],
  ["阿部 美穂", "アベ ミホ"],
  ["石川 大樹", "イシカワ ダイキ"],
  ["前田 智子", "マエダ トモコ"],
  ["藤田 学", "フジタ マナブ"],
  ["後藤 里奈", "ゴトウ リナ"],
  ["岡田 修", "オカダ オサム"],
  ["長谷川 愛", "ハセガワ アイ"],
  ["村上 慎也", "ムラカミ シンヤ"],
  ["近藤 由香", "コンドウ ユカ"],
  ["石井 聡", "イシイ サトシ"],
  ["斎藤 麻衣", "サイトウ マイ"],
  ["坂本 勇気", "サカモト ユウキ"],
  ["遠藤 美紀", "エンドウ ミキ"],
  ["青山 航", "アオヤマ ワタル"],
  ["藤井 沙織", "フジイ サオリ"],
  ["西村 誠一", "ニシムラ セイイチ"],
  ["福田 明美", "フクダ アケミ"],
  ["太田 洋平", "オオタ ヨウヘイ"],
  ["三浦 杏", "ミウラ アン"],
  ["岡本 達也", "オカモト タツヤ"],
  ["松田 純子", "マツダ ジュンコ"],
  ["中川 悠", "ナカガワ ユウ"],
  ["中野 美和", "ナカノ ミワ"],
  ["原田 圭", "ハラダ ケイ"],
  ["小野 結衣", "オノ ユイ"],
  ["田村 信也", "タムラ シンヤ"],
  ["竹内 莉子", "タケウチ リコ"],
  ["金子 賢", "カネコ ケン"],
  ["和田 瞳", "ワダ ヒトミ"],
  ["相田 光", "アイダ ヒカル"],
  ["石田 悟", "イシダ サトル"],
  ["上田 久美", "ウエダ クミ"],
  ["森田 隼人", "モリタ ハヤト"],
  ["原 千夏", "ハラ チナツ"],
];

const CITIES = [
  "札幌市中央区北1条西",
  "仙台市青葉区一番町",
  "さいたま市浦和区高砂",
  "横浜市港北区日吉",
  "名古屋市千種区今池",
  "京都市左京区下鴨",
  "大阪市北区梅田",
  "神戸市灘区六甲台町",
  "広島市中区紙屋町",
  "福岡市博多区博多駅前",
];

/** A small deterministic generator, so that every demo install looks the same. */
function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[(i * 7919 + salt * 104729) % list.length]!;
}

/** About 60 customers through the real mutation, once: the demo's customer list. */
export async function seedDemoCustomers(adminId: number): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(customers);
  if ((existing?.n ?? 0) > 0) return 0;
  const [template] = await db.select().from(templates).where(eq(templates.kind, "customer")).orderBy(asc(templates.id)).limit(1);
  const statusIds = (await db.select({ id: statuses.id }).from(statuses).orderBy(asc(statuses.position))).map((r) => r.id);
  const classIds = (await db.select({ id: customerClasses.id }).from(customerClasses).orderBy(asc(customerClasses.position))).map(
    (r) => r.id,
  );
  const tagIds = (await db.select({ id: tags.id }).from(tags).orderBy(asc(tags.id))).map((r) => r.id);
  if (!template || statusIds.length === 0) return 0;
  await runAs(adminId, async () => {
    for (const [i, [name, kana]] of PEOPLE.entries()) {
      const tagCount = i % 6; // 0–5 tags
      const chosenTags = [...new Set(Array.from({ length: tagCount }, (_, k) => pick(tagIds, i + k * 3, k)))];
      await createCustomer({
        templateId: template.id,
        statusId: pick(statusIds, i, 1),
        classId: i % 5 === 4 ? null : pick(classIds, i, 2),
        tagIds: chosenTags.slice(0, 5),
        important: i % 9 === 0,
        values: {
          name,
          nameKana: kana,
          searchKeywords: `${pick(["新築検討", "リフォーム相談", "土地探し", "見学会参加", "資料請求"], i, 3)} ${pick(CITIES, i, 4).slice(0, 3)}`,
          phone: `0${(i % 9) + 1}0-${String(1000 + i * 37).slice(0, 4)}-${String(5000 + i * 91).slice(0, 4)}`,
          postalCode: `${String(100 + i * 13).slice(0, 3)}-${String(1000 + i * 71).slice(0, 4)}`,
          address: `${pick(CITIES, i, 4)}${(i % 9) + 1}-${(i % 20) + 1}-${(i % 7) + 1}`,
        },
      });
    }
  });
  return PEOPLE.length;
}
