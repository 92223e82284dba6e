import { expect, test } from "@playwright/test";
import { ADMIN, MEMBER } from "./helpers/accounts";
import { openMenu, signInPage } from "./helpers/session";

test("sign-in refuses a wrong password, accepts the right one, and sign-out ends the session", async ({ page }) => {
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/login/);

  const form = page.getByRole("form", { name: "ログイン" });
  await form.getByLabel("メールアドレス").fill(ADMIN.email);
  await form.getByLabel("パスワード").fill("not-the-password");
  await form.getByRole("button", { name: "ログイン" }).click();
  await expect(form.getByText("メールアドレスまたはパスワードが正しくありません")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await form.getByLabel("パスワード").fill(ADMIN.password);
  await form.getByRole("button", { name: "ログイン" }).click();
  await expect(page.getByRole("heading", { name: "顧客一覧" })).toBeVisible();

  const menu = await openMenu(page);
  await expect(menu.getByRole("link", { name: "顧客追加" })).toBeVisible();
  const copied = await page.context().storageState();
  await page.getByRole("button", { name: "ログアウト" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);

  // A copy of the cookie taken before sign-out opens nothing afterwards.
  const replay = await page
    .context()
    .browser()!
    .newContext({ storageState: copied, baseURL: new URL(page.url()).origin });
  const replayed = await replay.request.get("/customers", { maxRedirects: 0 });
  expect(replayed.status()).toBe(307);
  expect(replayed.headers().location).toContain("/login");
  await replay.close();
});

test("a member does not see 設定 and is refused there with 403", async ({ page }) => {
  await signInPage(page, MEMBER);
  await page.goto("/customers");
  const menu = await openMenu(page);
  await expect(menu.getByRole("link", { name: "顧客一覧" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "設定" })).toHaveCount(0);

  const response = await page.goto("/settings/features");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "権限がありません" })).toBeVisible();
});

test("the health endpoint answers without sign-in and reveals only the engine", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
});
