import { expect, request as playwrightRequest, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { watchCsp } from "./helpers/csp";
import { signIn, signInPage } from "./helpers/session";
import { addUser, screenshot, signInWithForm, uniqueUser } from "./helpers/users";

test("a new user must replace the admin's initial password before anything else", async ({ page, browser, baseURL }) => {
  const user = uniqueUser("鈴木 一郎");
  await signInPage(page, ADMIN);
  const row = await addUser(page, user, { mustChangePassword: true });
  await expect(row).toContainText("パスワード変更待ち");

  const context = await browser.newContext({ baseURL });
  const own = await context.newPage();
  const violations = watchCsp(own);
  await signInWithForm(own, user.email, user.password);
  await expect(own).toHaveURL(/\/change-password$/);
  await expect(own.getByRole("heading", { name: "パスワードの変更" })).toBeVisible();
  await screenshot(own, "change-password-required");
  // The rest of the app stays closed until the password is changed.
  await own.goto("/customers");
  await expect(own).toHaveURL(/\/change-password$/);

  const form = own.getByRole("form", { name: "パスワードの変更" });
  await form.getByLabel("仮のパスワード").fill(user.password);
  await form.getByLabel(/^新しいパスワード(必須)?$/).fill("1234567890");
  await form.getByLabel("新しいパスワード(確認)").fill("1234567890");
  await form.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(form.getByText("同じ文字の繰り返しや「1234567890」のような並びは使えません")).toBeVisible();
  await form.getByLabel(/^新しいパスワード(必須)?$/).fill("hakone-onsen-2026");
  await form.getByLabel("新しいパスワード(確認)").fill("hakone-onsen-2027");
  await form.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(form.getByText("確認用パスワードが一致しません")).toBeVisible();
  await screenshot(own, "change-password-errors");
  await form.getByLabel("新しいパスワード(確認)").fill("hakone-onsen-2026");
  await form.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(own.getByRole("heading", { name: "顧客一覧" })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();

  await page.reload();
  await expect(page.getByTestId("user-row").filter({ hasText: user.email })).not.toContainText("パスワード変更待ち");
});

test("アカウント: changing one's password keeps this browser signed in and signs out the others", async ({ page, browser, baseURL }) => {
  const user = uniqueUser("高橋 花");
  await signInPage(page, ADMIN);
  await addUser(page, user, { mustChangePassword: false });
  await page.context().clearCookies();

  await signInPage(page, user);
  const phone = await playwrightRequest.newContext({ baseURL });
  await signIn(phone, user);

  await page.goto("/customers");
  if (page.viewportSize()!.width >= 768) await page.getByRole("link", { name: `アカウント: ${user.name}` }).click();
  else await page.goto("/account");
  await expect(page.getByRole("heading", { name: "アカウント" })).toBeVisible();
  const form = page.getByRole("form", { name: "パスワードの変更" });
  await form.getByLabel("現在のパスワード").fill("not-my-password");
  await form.getByLabel(/^新しいパスワード(必須)?$/).fill("nikko-toshogu-88");
  await form.getByLabel("新しいパスワード(確認)").fill("nikko-toshogu-88");
  await form.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(form.getByText("現在のパスワードが正しくありません").first()).toBeVisible();
  await form.getByLabel("現在のパスワード").fill(user.password);
  await form.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(form.getByText("パスワードを変更しました。ほかの端末でのログインは終了しました。")).toBeVisible();
  await screenshot(page, "account");

  await page.goto("/customers");
  await expect(page.getByRole("heading", { name: "顧客一覧" })).toBeVisible();
  const elsewhere = await phone.get("/customers", { maxRedirects: 0 });
  expect(elsewhere.status()).toBe(307);
  expect(elsewhere.headers().location).toContain("/login");
  await phone.dispose();

  const fresh = await browser.newContext({ baseURL });
  const again = await fresh.newPage();
  await signInWithForm(again, user.email, "nikko-toshogu-88");
  await expect(again.getByRole("heading", { name: "顧客一覧" })).toBeVisible();
  await fresh.close();
});

test("an admin lifts a sign-in lock and sets a temporary password", async ({ page, browser, baseURL }) => {
  const user = uniqueUser("伊藤 健");
  await signInPage(page, ADMIN);
  const row = await addUser(page, user, { mustChangePassword: false });

  const attacker = await browser.newContext({ baseURL });
  const guess = await attacker.newPage();
  for (let i = 0; i < 5; i++) {
    const form = await signInWithForm(guess, user.email, `wrong-password-${i}`);
    await expect(form.getByText("メールアドレスまたはパスワードが正しくありません")).toBeVisible();
  }
  const locked = await signInWithForm(guess, user.email, user.password);
  await expect(locked.getByText("この端末からは一時的にログインできません")).toBeVisible();
  await screenshot(guess, "login-locked");

  await page.reload();
  await expect(row).toContainText("ログイン制限中");
  await row.getByRole("button", { name: `${user.name}のログイン制限を解除` }).click();
  await expect(row).not.toContainText("ログイン制限中");

  await row.getByRole("button", { name: `${user.name}の仮パスワードを設定` }).click();
  const dialog = page.getByRole("dialog", { name: `${user.name}さんの仮パスワード` });
  await dialog.getByRole("button", { name: "自動生成" }).click();
  await expect(dialog.getByRole("textbox", { name: /^仮パスワード/ })).toHaveValue(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await screenshot(page, "users-temporary-password");
  await dialog.getByRole("button", { name: "仮パスワードを設定" }).click();
  await expect(dialog.getByText("仮パスワードを設定しました。")).toBeVisible();
  const temporary = (await dialog.getByLabel("仮パスワード", { exact: true }).textContent())!.trim();
  await dialog.getByRole("button", { name: "閉じる" }).first().click();
  await expect(row).toContainText("パスワード変更待ち");
  await screenshot(page, "users");

  await signInWithForm(guess, user.email, temporary);
  await expect(guess).toHaveURL(/\/change-password$/);
  await attacker.close();
});
