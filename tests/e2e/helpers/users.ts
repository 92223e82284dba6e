import { expect, test, type Page } from "@playwright/test";

export type NewUser = { name: string; email: string; password: string };

/** A user of this test only: unique per run and retry. */
export function uniqueUser(name: string): NewUser {
  const id = `${Date.now().toString(36)}${test.info().retry}`;
  return { name, email: `u${id}@e2e.example`, password: `shoki-pass-${id}` };
}

/** Adds a user through 設定 > ユーザー as the signed-in admin. */
export async function addUser(page: Page, user: NewUser, { mustChangePassword }: { mustChangePassword: boolean }) {
  await page.goto("/settings/users");
  const add = page.getByRole("form", { name: "ユーザーを追加" });
  await add.getByLabel("氏名").fill(user.name);
  await add.getByLabel("メールアドレス").fill(user.email);
  await add.getByLabel("初期パスワード").fill(user.password);
  await add.getByLabel("次回ログイン時にパスワードの変更を求める").setChecked(mustChangePassword);
  await add.getByRole("button", { name: "ユーザーを追加" }).click();
  await expect(add.getByText(`ユーザーを追加しました: ${user.name}`)).toBeVisible();
  return page.getByTestId("user-row").filter({ hasText: user.email });
}

/** Signs in through the sign-in form, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "ログイン" });
  await form.getByLabel("メールアドレス").fill(email);
  await form.getByLabel("パスワード").fill(password);
  await form.getByRole("button", { name: "ログイン" }).click();
  return form;
}

/** A full-page screenshot under screenshots/, named by project (desktop, phone). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${test.info().project.name}-${name}.png`, fullPage: true });
}
