import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** Signs in over HTTP (no form clicking), sharing cookies with the page's browser context. */
export async function signIn(request: APIRequestContext, account: { email: string; password: string }) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${account.email}`).toBeTruthy();
  const cookies = await request.storageState();
  expect(
    cookies.cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `session cookie for ${account.email}`,
  ).toBeTruthy();
}

export async function signInPage(page: Page, account: { email: string; password: string }) {
  await signIn(page.context().request, account);
}

/** The main menu: the sidebar on desktop, the drawer (opened here) on a phone. */
export async function openMenu(page: Page) {
  const trigger = page.getByRole("button", { name: "メニューを開く" });
  if (await trigger.isVisible()) {
    if ((await trigger.getAttribute("aria-expanded")) !== "true") await trigger.click();
    return page.getByRole("dialog", { name: "メインメニュー" }).getByRole("navigation", { name: "メインメニュー" });
  }
  return page.getByRole("navigation", { name: "メインメニュー" });
}

/** Sets a flag through 設定 > 全般 > 機能 and waits until a reload shows it saved. */
export async function setFeature(page: Page, label: string, on: boolean) {
  await page.goto("/settings/features");
  const toggle = page.getByRole("switch", { name: label });
  if ((await toggle.getAttribute("aria-checked")) !== String(on)) {
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-busy", "false");
  }
  await page.reload();
  await expect(page.getByRole("switch", { name: label })).toHaveAttribute("aria-checked", String(on));
}
