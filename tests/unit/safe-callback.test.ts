import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps a path of this site with its query", () => {
    expect(safeCallbackPath("/customers?status=2&q=会田")).toBe("/customers?status=2&q=%E4%BC%9A%E7%94%B0");
    expect(safeCallbackPath("/reports/12/edit#top")).toBe("/reports/12/edit#top");
  });

  // Each of these, decoded from the query string, leads a browser to another host.
  it.each([
    "/\\127.0.0.1:3229/x",
    "/\\evil",
    "/\t/evil",
    "/\\/evil",
    "//evil.example",
    "///evil.example",
    "/\n/evil",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil",
    "",
  ])("sends %j to the customer list", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/customers");
  });

  it("sends nothing and overlong values to the list", () => {
    expect(safeCallbackPath(undefined)).toBe("/customers");
    expect(safeCallbackPath(`/${"a".repeat(3000)}`)).toBe("/customers");
  });
});
