import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { signInPage } from "./helpers/session";

/** A unique reading per run and retry, so that searches see only this test's customer. */
const suffix = () => `${Date.now().toString(36)}${test.info().retry}`;

async function openNewCustomerForm(page: Page) {
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "顧客追加" });
  const chooser = form.getByLabel("テンプレート");
  if (await chooser.isVisible()) await chooser.selectOption({ label: "標準" });
  return form;
}

test("a customer gets five tags, the sixth is refused, and 「あいだ」 finds 会田 by filters and keyword", async ({ page }) => {
  const id = suffix();
  const name = `会田 ${id}`;
  await signInPage(page, ADMIN);
  const form = await openNewCustomerForm(page);
  await form.getByLabel("氏名").fill(name);
  await form.getByLabel("フリガナ").fill("アイダ ハナコ");
  await form.getByLabel("検索用キーワード").fill(`e2e ${id}`);
  await form.getByLabel("ステータス").selectOption({ label: "商談中" });
  await form.getByLabel("客区分").selectOption({ label: "Aランク" });
  const tags = form.getByRole("group", { name: "タグ" });
  for (const tag of ["新築", "リフォーム", "WEB資料請求", "紹介", "面談済"])
    await tags.getByRole("button", { name: tag, exact: true }).click();
  await expect(form.getByText("タグは5個までです。")).toBeVisible();
  await expect(tags.getByRole("button", { name: "現場見学会", exact: true })).toBeDisabled();
  await form.getByLabel("重要顧客としてマークする").check();
  await form.getByRole("button", { name: "顧客を登録" }).click();

  await expect(page.getByText("顧客を登録しました")).toBeVisible();
  await expect(page.getByRole("heading", { name: `${name} 様` })).toBeVisible();
  await expect(page.getByText("登録時:")).toBeVisible();

  // Status + class + tag + 重要, set through the filter controls; the URL carries them.
  await page.goto("/customers");
  const facets = page.viewportSize()!.width < 1024 ? await openFilterSheet(page) : page.getByRole("complementary", { name: "絞り込み" });
  await facets.getByRole("checkbox", { name: "商談中" }).check();
  await expect(page).toHaveURL(/status=/);
  await facets.getByRole("checkbox", { name: "Aランク" }).check();
  await expect(page).toHaveURL(/class=/);
  await facets.getByRole("checkbox", { name: "面談済" }).check();
  await expect(page).toHaveURL(/tag=/);
  await facets.getByRole("checkbox", { name: "重要顧客のみ" }).check();
  await expect(page).toHaveURL(/important=1/);
  if (page.viewportSize()!.width < 1024) await page.getByRole("button", { name: /件を表示/ }).click();
  await page.getByRole("searchbox", { name: "キーワード検索" }).fill("あいだ");
  await page.getByRole("searchbox", { name: "キーワード検索" }).press("Enter");
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible();

  // The keyword alone, in katakana and in half-width kana, finds the same customer.
  for (const keyword of ["アイダ", "ｱｲﾀﾞ"]) {
    await page.goto(`/customers?q=${encodeURIComponent(keyword)}`);
    await expect(page.getByText(name, { exact: true }).filter({ visible: true }).first()).toBeVisible();
  }
  // The back button returns to the previous filter.
  await page.goBack();
  await expect(page).toHaveURL(/q=%E3%82%A2/);
});

async function openFilterSheet(page: Page) {
  await page.getByRole("button", { name: /絞り込み/ }).click();
  return page.getByRole("dialog", { name: "絞り込み" });
}

test("the star toggles 重要 in one click and stays after a reload; a stale edit is refused and keeps the typing", async ({ page }) => {
  const id = suffix();
  const name = `青木 ${id}`;
  await signInPage(page, ADMIN);
  const form = await openNewCustomerForm(page);
  await form.getByLabel("氏名").fill(name);
  await form.getByLabel("検索用キーワード").fill(id);
  await form.getByRole("button", { name: "顧客を登録" }).click();
  await expect(page.getByText("顧客を登録しました")).toBeVisible();
  const detailUrl = page.url().replace(/\?.*/, "");

  await page.goto(`/customers?q=${id}`);
  const star = page.getByRole("button", { name: `${name} 様を重要顧客にする` }).filter({ visible: true });
  await star.click();
  await expect(page.getByRole("button", { name: `${name} 様を重要顧客から外す` }).filter({ visible: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.reload();
  await expect(page.getByRole("button", { name: `${name} 様を重要顧客から外す` }).filter({ visible: true })).toBeVisible();

  // Two tabs edit the same customer; the second save is refused and its typing stays.
  await page.goto(`${detailUrl}/edit`);
  const other = await page.context().newPage();
  await other.goto(`${detailUrl}/edit`);
  await other.getByLabel("氏名").fill(`${name} 先`);
  await other.getByRole("button", { name: "変更を保存" }).click();
  await expect(other.getByText("変更を保存しました")).toBeVisible();
  await page.getByLabel("氏名").fill(`${name} 後`);
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "他のユーザーによって更新されています" })).toBeVisible();
  await expect(page.getByLabel("氏名")).toHaveValue(`${name} 後`);
});
