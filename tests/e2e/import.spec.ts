import path from "node:path";
import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { setFeature, signInPage } from "./helpers/session";

const fixture = (name: string) => path.resolve(__dirname, "../fixtures", name);

test("顧客組織インポート: upload the UTF-8 fixture, check the mapping and preview, commit, see the rows in 顧客組織一覧", async ({
  page,
}) => {
  await signInPage(page, ADMIN);
  await setFeature(page, "顧客組織", true);
  await page.goto("/organizations/import");
  await expect(page.getByRole("heading", { name: "顧客組織インポート" })).toBeVisible();
  await expect(page.getByRole("button", { name: "ファイルを選択" })).toBeVisible();

  await page.getByLabel("CSV ファイル").setInputFiles(fixture("organizations-utf8-bom.csv"));
  await expect(page.getByText("UTF-8(自動判定)")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "組織名" })).toHaveValue("name");
  await expect(page.getByRole("combobox", { name: "検索キーワード" })).toHaveValue("searchKeywords");
  await expect(page.getByRole("combobox", { name: "備考" })).toHaveValue("note");
  // Overwrite by name: a retry (or another spec) that imported these rows before still commits 20.
  await page.getByRole("radio", { name: /上書きする/ }).check();
  await expect(page.getByRole("combobox", { name: "同じものかどうかを判定する項目" })).toHaveValue("name");
  await page.getByRole("button", { name: "内容を確認する(まだ登録されません)" }).click();

  await expect(page.getByRole("heading", { name: "確認結果(まだ登録されていません)" })).toBeVisible();
  const counts = page.getByRole("definition").filter({ hasText: "件" });
  await expect(counts.first()).toBeVisible();
  const commit = page.getByRole("button", { name: /件を登録する$/ });
  await expect(commit).toBeEnabled();
  await commit.click();

  await expect(page.getByRole("heading", { name: "インポートが完了しました" })).toBeVisible({ timeout: 20_000 });
  // The job lives in the URL and the database: a reload shows the same result.
  await expect(page).toHaveURL(/\?job=[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "インポートが完了しました" })).toBeVisible();

  await page.getByRole("link", { name: "顧客組織一覧を見る" }).click();
  await expect(page.getByRole("heading", { name: "顧客組織一覧" })).toBeVisible();
  await page.goto(`/organizations?q=${encodeURIComponent("みどり建設")}`);
  await expect(page.getByText("有限会社みどり建設", { exact: true }).locator("visible=true").first()).toBeVisible();
  await expect(page.getByText("株式会社みどり建設12", { exact: true }).locator("visible=true").first()).toBeVisible();
});

test("顧客インポート: row errors in the preview (a sixth tag, a missing keyword), the error CSV, and a keyboard-driven commit of the rest", async ({
  page,
}) => {
  await signInPage(page, ADMIN);
  await page.goto("/customers/import");
  await expect(page.getByRole("heading", { name: "顧客インポート" })).toBeVisible();
  const unique = `e2e${Date.now().toString(36)}`;
  const csv = [
    "氏名,検索用キーワード,タグ,ステータス",
    `会田 ${unique},${unique},新築;リフォーム,商談中`,
    `青木 ${unique},,,`,
    `明石 ${unique},${unique},新築;リフォーム;WEB資料請求;紹介;面談済;現場見学会,`,
  ].join("\r\n");
  await page.getByLabel("CSV ファイル").setInputFiles({ name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("radio", { name: /別に登録する/ }).check();
  await page.getByRole("button", { name: "内容を確認する(まだ登録されません)" }).click();

  await expect(page.getByRole("heading", { name: "エラーのある行(2行)" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "検索用キーワードは必須です" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "タグは5個までしか付けられません(6個指定されています)" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "UTF-8版" }).click();
  expect((await download).suggestedFilename()).toBe("customers-エラー.csv");

  const commit = page.getByRole("button", { name: "1件を登録する" });
  await expect(commit).toBeDisabled();
  await page.getByRole("checkbox", { name: /エラーの2行を除いて登録する/ }).focus();
  await page.keyboard.press("Space");
  await commit.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "インポートが完了しました" })).toBeVisible({ timeout: 20_000 });

  await page.goto(`/customers?q=${unique}`);
  await expect(page.getByText(`会田 ${unique}`).locator("visible=true").first()).toBeVisible();
  await expect(page.getByText(`青木 ${unique}`)).toHaveCount(0);
});
