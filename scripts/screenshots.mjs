// Screenshots of pages at desktop and phone width, for looking at what we build:
//   node scripts/screenshots.mjs [baseURL] [path…]     (signs in as the demo admin)
// Files land in screenshots/ (git-ignored).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const [baseURL = "http://localhost:3000", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/login", "/customers", "/settings", "/settings/features", "/settings/users"];
const account = { email: process.env.SHOT_EMAIL ?? "demo@example.com", password: process.env.SHOT_PASSWORD ?? "demo-password" };
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update"],
});
for (const [name, viewport] of Object.entries(widths)) {
  const context = await browser.newContext({
    baseURL,
    viewport,
    deviceScaleFactor: 1,
    isMobile: name === "phone",
    hasTouch: name === "phone",
    locale: "ja-JP",
  });
  const page = await context.newPage();
  for (const path of pages) {
    if (path !== "/login" && path !== "/setup" && !(await context.cookies()).some((c) => c.name.includes("session-token"))) {
      await page.goto("/login");
      await page.getByLabel("メールアドレス").fill(account.email);
      await page.getByLabel("パスワード").fill(account.password);
      await page.getByRole("button", { name: "ログイン" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    }
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const file = `screenshots/${name}${path.replaceAll("/", "_") || "_root"}.png`;
    await page.screenshot({ path: file, fullPage: process.env.SHOT_FULL !== "0" });
    console.log(file);
  }
  await context.close();
}
await browser.close();
