import { expect, test } from "@playwright/test";
import { ADMIN, MEMBER } from "./helpers/accounts";
import { openMenu, setFeature, signInPage } from "./helpers/session";

test("first-run setup creates the first admin, then disappears; the admin adds a member", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "初期設定" })).toBeVisible();

  const form = page.getByRole("form", { name: "初期設定" });
  await form.getByLabel("氏名").fill(ADMIN.name);
  await form.getByLabel("メールアドレス").fill(ADMIN.email);
  await form.getByLabel("パスワード", { exact: false }).first().fill(ADMIN.password);
  await form.getByLabel("パスワード(確認)").fill("something-else");
  await form.getByRole("button", { name: "管理者を作成して始める" }).click();
  await expect(form.getByText("確認用パスワードが一致しません")).toBeVisible();
  await expect(form.getByLabel("氏名")).toHaveValue(ADMIN.name);

  await form.getByLabel("パスワード(確認)").fill(ADMIN.password);
  await form.getByRole("button", { name: "管理者を作成して始める" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await expect(page.getByRole("heading", { name: "顧客一覧" })).toBeVisible();

  const setupAgain = await page.request.get("/setup");
  expect(setupAgain.status()).toBe(404);

  const menu = await openMenu(page);
  await menu.getByRole("link", { name: "設定" }).click();
  await page.getByRole("link", { name: /^ユーザー/ }).click();
  await expect(page.getByRole("heading", { name: "ユーザー", exact: true })).toBeVisible();

  const add = page.getByRole("form", { name: "ユーザーを追加" });
  await add.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(add.getByText("氏名を入力してください")).toBeVisible();
  await add.getByLabel("氏名").fill(MEMBER.name);
  await add.getByLabel("メールアドレス").fill(MEMBER.email);
  await add.getByLabel("初期パスワード").fill(MEMBER.password);
  await add.getByLabel("権限").selectOption("member");
  // The suite signs in as this member throughout: no temporary password for it.
  await add.getByLabel("次回ログイン時にパスワードの変更を求める").uncheck();
  await add.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(add.getByText(`ユーザーを追加しました: ${MEMBER.name}`)).toBeVisible();
  await expect(page.getByTestId("user-row").filter({ hasText: MEMBER.email })).toContainText("メンバー");
});

test("the first customer gets id 1, so that the authorization matrix has a real /customers/1", async ({ page }) => {
  await signInPage(page, ADMIN);
  await page.goto("/customers");
  await expect(page.getByText("まだ顧客が登録されていません")).toBeVisible();
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "顧客追加" });
  await form.getByRole("button", { name: "顧客を登録" }).click();
  await expect(form.getByText("氏名は必須です")).toBeVisible();
  await expect(form.getByText("検索用キーワードは必須です")).toBeVisible();
  await form.getByLabel("氏名").fill("明石 由美");
  await form.getByLabel("フリガナ").fill("アカシ ユミ");
  await form.getByLabel("検索用キーワード").fill("最初の顧客");
  await form.getByRole("button", { name: "顧客を登録" }).click();
  await expect(page).toHaveURL(/\/customers\/1\?saved=created$/);
});

test("the first organization gets id 1 (for the authorization matrix), then 顧客組織 is off again as on a new installation", async ({
  page,
}) => {
  await signInPage(page, ADMIN);
  await setFeature(page, "顧客組織", true);
  await page.goto("/organizations/new");
  await expect(page.getByRole("heading", { name: "顧客組織追加" })).toBeVisible();
  const form = page.getByRole("form", { name: "顧客組織追加" });
  await form.getByLabel("組織名").fill("株式会社はじまり");
  await form.getByLabel("検索用キーワード").fill("最初の組織");
  await form.getByRole("button", { name: "顧客組織を登録" }).click();
  await expect(page).toHaveURL(/\/organizations\/1\?saved=created$/);
  await setFeature(page, "顧客組織", false);
});

test("the first report and schedule get id 1 (for the authorization matrix), written from customer 1", async ({ page }) => {
  await signInPage(page, ADMIN);
  await page.goto("/customers/1");
  await page.getByRole("link", { name: "報告書を書く" }).click();
  const report = page.getByRole("form", { name: "報告書を書く" });
  await report.getByLabel(/^内容/).fill("最初の商談");
  await report.getByRole("button", { name: "報告書を保存" }).click();
  await expect(page).toHaveURL(/\/customers\/1\?saved=report$/);
  await page.getByRole("link", { name: "予定を追加" }).first().click();
  const schedule = page.getByRole("form", { name: "予定を追加" });
  await schedule.getByLabel("件名").fill("最初の予定");
  await schedule.getByRole("button", { name: "予定を追加" }).click();
  await expect(page).toHaveURL(/\/customers\/1\?saved=schedule$/);
  await page.goto("/reports/1");
  await expect(page.getByRole("heading", { name: "商談記録", exact: true })).toBeVisible();
  await page.goto("/schedules/1/edit");
  await expect(page.getByRole("form", { name: "予定の編集" }).getByLabel("件名")).toHaveValue("最初の予定");
});

test("the first campaign gets id 1 and is executed over customer 1 (for the authorization matrix)", async ({ page }) => {
  await signInPage(page, ADMIN);
  await page.goto(`/campaigns/new?q=${encodeURIComponent("最初の顧客")}`);
  await page.getByLabel("名称").fill("最初の販促活動");
  await page.getByRole("button", { name: "下書きを保存" }).click();
  await expect(page).toHaveURL(/\/campaigns\/1\?saved=created$/);
  await page.getByRole("button", { name: "実行", exact: true }).click();
  await page.getByRole("dialog", { name: "販促活動の実行" }).getByRole("button", { name: "1人に実行する" }).click();
  await expect(page.getByText("実行しました。")).toBeVisible();
});
