import { expect, test, type Page } from "@playwright/test";
import { PAGES } from "../authorization-matrix";
import { ADMIN } from "./helpers/accounts";
import { watchCsp } from "./helpers/csp";
import { setFeature, signInPage } from "./helpers/session";

/** The page's own securitypolicyviolation events (also those the console does not show). */
async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test("every page of the authorization matrix runs under its CSP without a single violation", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = watchCsp(page);
  await page.goto("/login");
  await page.goto("/no-such-page");
  await signInPage(page, ADMIN);
  await setFeature(page, "顧客組織", true);
  try {
    for (const entry of PAGES) {
      const url = entry.sample ?? entry.route;
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.headers()["content-security-policy"], url).toContain("'strict-dynamic'");
      // Next's inline bootstrap script ran: it carried the request's nonce.
      await expect
        .poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f)), { message: url })
        .toBe(true);
      expect(await pageViolations(page), url).toEqual([]);
    }
  } finally {
    await setFeature(page, "顧客組織", false);
  }
  expect(violations).toEqual([]);
});

test("pages send the security headers, and no page (not even of this site) can frame one", async ({ page }) => {
  await signInPage(page, ADMIN);
  const response = await page.goto("/customers");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["content-security-policy"]).not.toContain("'unsafe-inline' 'strict-dynamic'");

  // A page served from this very origin that frames the customer list with a live session.
  const blocked = watchCsp(page);
  await page.route("**/frame-probe", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><iframe id="probe" src="/customers" width="800" height="600"></iframe>',
    }),
  );
  await page.goto("/frame-probe");
  await expect.poll(() => blocked.some((m) => m.includes("frame-ancestors"))).toBe(true);
  await expect(page.frameLocator("#probe").getByRole("heading", { name: "顧客一覧" })).toHaveCount(0);
});

test("after sign-in only a path of this site is followed: another host in callbackUrl goes to the list", async ({ page, baseURL }) => {
  for (const callback of ["/%5C127.0.0.1:3229/x", "/%5Cevil.example", "/%09/evil.example", "/%5C/evil.example", "//evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${callback}`);
    const form = page.getByRole("form", { name: "ログイン" });
    await form.getByLabel("メールアドレス").fill(ADMIN.email);
    await form.getByLabel("パスワード").fill(ADMIN.password);
    await form.getByRole("button", { name: "ログイン" }).click();
    await expect(page.getByRole("heading", { name: "顧客一覧" }), callback).toBeVisible();
    expect(new URL(page.url()).origin, callback).toBe(new URL(baseURL!).origin);
  }
  // A path of this site is kept.
  await page.context().clearCookies();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/reports")}`);
  const form = page.getByRole("form", { name: "ログイン" });
  await form.getByLabel("メールアドレス").fill(ADMIN.email);
  await form.getByLabel("パスワード").fill(ADMIN.password);
  await form.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/reports$/);
});
