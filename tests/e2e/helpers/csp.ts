import type { Page } from "@playwright/test";

/** Collects the browser's console errors about Content-Security-Policy refusals on this page. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
