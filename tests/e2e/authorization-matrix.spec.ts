import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { PAGES, ROUTE_HANDLERS, type Access } from "../authorization-matrix";
import { ADMIN, MEMBER } from "./helpers/accounts";
import { setFeature, signIn } from "./helpers/session";

type Role = "anonymous" | "member" | "admin";

/** What a page answers to each role: a status, or the path it redirects to. */
function expected(access: Access, role: Role): { status: number } | { redirect: string } {
  switch (access) {
    case "public":
      return { status: 200 };
    case "guest":
      return role === "anonymous" ? { status: 200 } : { redirect: "/" };
    case "setup":
      return { status: 404 }; // setup is done before this suite runs
    case "user":
      return role === "anonymous" ? { redirect: "/login" } : { status: 200 };
    case "admin":
      return role === "anonymous" ? { redirect: "/login" } : { status: role === "admin" ? 200 : 403 };
  }
}

const contexts = new Map<Role, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const role of ["anonymous", "member", "admin"] as const) {
    const context = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
    if (role !== "anonymous") await signIn(context, role === "admin" ? ADMIN : MEMBER);
    contexts.set(role, context);
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

for (const entry of PAGES) {
  test(`page ${entry.route} (${entry.access})`, async ({ browser, baseURL }) => {
    if (entry.feature) {
      // Turn the feature on through the real settings page as the admin.
      const context = await browser.newContext({ baseURL });
      await signIn(context.request, ADMIN);
      await setFeature(await context.newPage(), "顧客組織", true);
      await context.close();
    }
    for (const role of ["anonymous", "member", "admin"] as const) {
      const response = await contexts.get(role)!.get(entry.sample ?? entry.route);
      let want = expected(entry.access, role);
      if (entry.redirectsTo && "status" in want && want.status === 200) want = { redirect: entry.redirectsTo };
      if ("redirect" in want) {
        expect(response.status(), `${role} → ${entry.route}`).toBeGreaterThanOrEqual(300);
        expect(response.status(), `${role} → ${entry.route}`).toBeLessThan(400);
        const location = new URL(response.headers().location ?? "", baseURL);
        expect(location.pathname, `${role} → ${entry.route}`).toBe(want.redirect);
      } else {
        expect(response.status(), `${role} → ${entry.route}`).toBe(want.status);
      }
    }
  });
}

test("route handlers answer as listed", async () => {
  for (const entry of ROUTE_HANDLERS.filter((r) => r.route === "/api/health")) {
    for (const role of ["anonymous", "member", "admin"] as const) {
      expect((await contexts.get(role)!.get(entry.route)).status(), `${role} → ${entry.route}`).toBe(200);
    }
  }
  // Downloads answer 401 (not a redirect to the sign-in page, which would be saved as the file).
  for (const entry of ROUTE_HANDLERS.filter((r) => r.access === "user")) {
    for (const role of ["anonymous", "member", "admin"] as const) {
      const status = (await contexts.get(role)!.get(entry.sample ?? entry.route)).status();
      expect(status, `${role} → ${entry.route}`).toBe(role === "anonymous" ? 401 : (entry.userStatus ?? 200));
    }
  }
  // Admin downloads (監査ログ): 401 signed out, 403 for members.
  for (const entry of ROUTE_HANDLERS.filter((r) => r.access === "admin")) {
    for (const role of ["anonymous", "member", "admin"] as const) {
      const status = (await contexts.get(role)!.get(entry.sample ?? entry.route)).status();
      expect(status, `${role} → ${entry.route}`).toBe({ anonymous: 401, member: 403, admin: entry.userStatus ?? 200 }[role]);
    }
  }
  // next-auth's own endpoints are public by design: the session endpoint tells a visitor nothing.
  const session = await contexts.get("anonymous")!.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});
});
