import type { Random } from "./prng";

/** [postal code prefix, prefecture + city]: the first three digits match the real area. */
const CITIES: readonly (readonly [string, string])[] = [
  ["154", "東京都世田谷区"],
  ["176", "東京都練馬区"],
  ["167", "東京都杉並区"],
  ["192", "東京都八王子市"],
  ["225", "神奈川県横浜市青葉区"],
  ["222", "神奈川県横浜市港北区"],
  ["211", "神奈川県川崎市中原区"],
  ["252", "神奈川県相模原市中央区"],
  ["330", "埼玉県さいたま市浦和区"],
  ["350", "埼玉県川越市"],
  ["273", "千葉県船橋市"],
  ["277", "千葉県柏市"],
  ["305", "茨城県つくば市"],
  ["320", "栃木県宇都宮市"],
  ["370", "群馬県高崎市"],
  ["390", "長野県松本市"],
  ["950", "新潟県新潟市中央区"],
  ["430", "静岡県浜松市中央区"],
  ["420", "静岡県静岡市葵区"],
  ["460", "愛知県名古屋市中区"],
  ["464", "愛知県名古屋市千種区"],
  ["444", "愛知県岡崎市"],
  ["500", "岐阜県岐阜市"],
  ["514", "三重県津市"],
  ["530", "大阪府大阪市北区"],
  ["560", "大阪府豊中市"],
  ["590", "大阪府堺市堺区"],
  ["606", "京都府京都市左京区"],
  ["650", "兵庫県神戸市中央区"],
  ["662", "兵庫県西宮市"],
  ["630", "奈良県奈良市"],
  ["700", "岡山県岡山市北区"],
  ["730", "広島県広島市中区"],
  ["760", "香川県高松市"],
  ["790", "愛媛県松山市"],
  ["810", "福岡県福岡市中央区"],
  ["802", "福岡県北九州市小倉北区"],
  ["860", "熊本県熊本市中央区"],
  ["890", "鹿児島県鹿児島市"],
  ["900", "沖縄県那覇市"],
  ["060", "北海道札幌市中央区"],
  ["980", "宮城県仙台市青葉区"],
  ["020", "岩手県盛岡市"],
  ["960", "福島県福島市"],
];

const TOWNS = [
  "本町",
  "中央",
  "緑町",
  "桜台",
  "若葉",
  "旭町",
  "栄町",
  "東町",
  "西町",
  "南町",
  "北町",
  "柳町",
  "松原",
  "森下",
  "青葉台",
  "富士見",
  "日吉",
  "大和町",
  "平和台",
  "春日",
  "宮前",
  "泉町",
  "花園",
  "高砂",
  "錦町",
  "新町",
  "寿町",
  "朝日町",
  "港町",
  "山手",
  "希望ヶ丘",
  "つつじが丘",
  "美しが丘",
  "緑が丘",
  "自由が丘",
  "光が丘",
  "梅田",
  "天神",
  "栗林",
  "大森",
];

const BUILDINGS = ["", "", "", "", "コーポ", "ハイツ", "メゾン", "グランドール", "パークハウス", "レジデンス"];

export type Address = { postalCode: string; address: string };

export function randomAddress(random: Random): Address {
  const [prefix, city] = random.pick(CITIES);
  const postalCode = `${prefix}-${String(random.int(0, 9999)).padStart(4, "0")}`;
  let address = `${city}${random.pick(TOWNS)}${random.int(1, 9)}丁目${random.int(1, 30)}-${random.int(1, 20)}`;
  const building = random.pick(BUILDINGS);
  if (building) address += ` ${building}${random.pick(TOWNS)} ${random.int(1, 12)}0${random.int(1, 9)}`;
  return { postalCode, address };
}

export function randomPhone(random: Random): string {
  if (random.chance(0.7)) return `0${random.pick(["90", "80", "70"])}-${random.int(1000, 9999)}-${random.int(1000, 9999)}`;
  return `0${random.int(3, 99)}-${random.int(100, 999)}-${random.int(1000, 9999)}`;
}
