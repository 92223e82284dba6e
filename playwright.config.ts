import { defineConfig, type PlaywrightTestOptions } from "@playwright/test";

// Debian's chromium: Playwright's own browser download cannot work on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

type Target = { name: string; port: number; use: Partial<PlaywrightTestOptions> };
// E2E_PORT_BASE lets two checkouts on one machine run their suites side by side.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3101);
const targets: Target[] = [
  { name: "desktop", port: portBase, use: { viewport: { width: 1280, height: 800 } } },
  {
    name: "phone",
    port: portBase + 1,
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  },
];

export default defineConfig({
  testDir: "tests/e2e",
  // One server per viewport, each with its own database; tests of a viewport share it.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { locale: "ja-JP", timezoneId: "Asia/Tokyo", trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions },
  projects: targets.flatMap((t) => {
    const use = { ...t.use, baseURL: `http://127.0.0.1:${t.port}` };
    return [
      { name: `${t.name}-setup`, testMatch: /first-run\.setup\.ts/, use },
      { name: t.name, testMatch: /.*\.spec\.ts/, dependencies: [`${t.name}-setup`], use },
    ];
  }),
  webServer: targets.map((t) => ({
    command: `node scripts/e2e-server.mjs ${t.port}`,
    url: `http://127.0.0.1:${t.port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
