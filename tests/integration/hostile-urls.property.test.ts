import { existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PAGES, ROUTE_HANDLERS, type ActionContext } from "../authorization-matrix";
import { actionWorld, type ActionWorld } from "./helpers/action-world";
import { asUser } from "./helpers/factories";

// Every signed-in page and every export, as an admin, with URL parameters no link would
// make: each must end in a page, a 404 or a redirect (never a 5xx), and a download must
// arrive whole. Pages run their data loading by calling the page component itself.

let world: ActionWorld;
let context: ActionContext;

beforeAll(async () => {
  world = await actionWorld();
  context = await world.context();
});

const KEYS = [
  "status",
  "class",
  "tag",
  "tagMode",
  "important",
  "org",
  "q",
  "sort",
  "page",
  "template",
  "customer",
  "author",
  "from",
  "to",
  "range",
  "who",
  "state",
  "kind",
  "outcome",
  "skip",
  "addressed",
  "saved",
  "deleted",
  "customerId",
  "templateId",
  "encoding",
];
const hostileParam = fc.oneof(
  fc.constantFrom(
    "2147483648",
    "99999999999",
    "-1",
    "0",
    "Infinity",
    "-Infinity",
    "NaN",
    "1e400",
    "100001",
    "\u0000",
    "a\u0000b",
    ",,,",
    "1,2147483648",
    "true",
    "constructor",
    "__proto__",
    "toString",
    "2026-13-45",
    "0000-01-01",
    "9999-12-31",
    "１",
    "all",
    "utf8",
    "cp932",
    "x".repeat(5000),
  ),
  fc.string({ maxLength: 12 }),
);
const hostileParams = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(hostileParam, fc.array(hostileParam, { minLength: 2, maxLength: 3 })),
  { maxKeys: 6 },
);
// The probes of the report that found 500s and cut-off downloads: each page and export gets all of them.
const BIG = "2147483648";
const REPORTED: Record<string, string>[] = [
  { status: BIG },
  { class: BIG },
  { tag: BIG },
  { org: BIG },
  { customer: BIG, template: BIG, author: BIG },
  { page: "100001" },
  { page: "Infinity" },
  { from: "Infinity", skip: "Infinity" },
  { q: "\u0000" },
  { saved: "constructor", deleted: "1" },
  { from: "2026-13-45", to: "0000-01-01" },
];
const hostileId = fc.constantFrom("2147483648", "99999999999", "0", "-1", "1.5", "abc", "\u0000", "1e3", "Infinity");

function pageFile(route: string): string {
  for (const group of ["(app)", "(auth)"]) {
    const file = path.resolve(__dirname, "../../app", group, `.${route}`, "page.tsx");
    if (existsSync(file)) return file;
  }
  throw new Error(`no page file for ${route}`);
}

function realId(route: string, ctx: ActionContext): string {
  if (route.startsWith("/customers")) return String(ctx.customer.id);
  if (route.startsWith("/reports")) return String(ctx.report.id);
  if (route.startsWith("/schedules")) return String(ctx.schedule.id);
  if (route.startsWith("/organizations")) return String(ctx.organization.id);
  if (route.startsWith("/campaigns")) return String(ctx.executedCampaign.id);
  return String(ctx.template.id);
}

/** What Next.js turns into a 404, 403 or redirect rather than a 500. */
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_HTTP_ERROR_FALLBACK;|NEXT_REDIRECT)/.test(digest);
}

type Page = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string | string[]>>;
}) => Promise<unknown>;

const signedInPages = PAGES.filter((p) => p.access === "user" || p.access === "admin");

describe.each(signedInPages)("page $route with hostile URL parameters", ({ route }) => {
  it("renders, or answers 404 / redirect, never an error", async () => {
    const Page = ((await import(pageFile(route))) as { default: Page }).default;
    const dynamic = route.includes("[id]");
    const id = dynamic ? fc.oneof(fc.constant(realId(route, context)), hostileId) : fc.constant("");
    await fc.assert(
      fc.asyncProperty(id, hostileParams, async (idValue, params) => {
        try {
          await asUser(world.users.admin, () => Page({ params: Promise.resolve({ id: idValue }), searchParams: Promise.resolve(params) }));
        } catch (error) {
          if (!isNavigation(error)) throw error;
        }
      }),
      {
        numRuns: 15,
        examples: [
          ...REPORTED.map((params): [string, Record<string, string>] => [dynamic ? realId(route, context) : "", params]),
          ...(dynamic ? [[BIG, {}] as [string, Record<string, string>]] : []),
        ],
      },
    );
  });
});

const exports = ROUTE_HANDLERS.filter((r) => r.route.startsWith("/api/export"));

describe.each(exports)("export $route with hostile URL parameters", ({ route }) => {
  it("answers a status below 500 and, when 200, a whole file", async () => {
    const mod = (await import(path.resolve(__dirname, "../../app", `.${route}`, "route.ts"))) as {
      GET: (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
    };
    const logged = vi.spyOn(console, "error");
    const id = fc.oneof(fc.constant(String(context.executedCampaign.id)), hostileId);
    try {
      await fc.assert(
        fc.asyncProperty(id, hostileParams, async (idValue, params) => {
          const search = new URLSearchParams();
          for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
          const url = `http://127.0.0.1${route.replace("[id]", encodeURIComponent(idValue))}?${search}`;
          const response = await asUser(world.users.admin, () => mod.GET(new Request(url), { params: Promise.resolve({ id: idValue }) }));
          expect(response.status).toBeLessThan(500);
          const body = await response.arrayBuffer(); // a stream cut off mid-way rejects here
          if (response.status !== 200) expect(new TextDecoder().decode(body)).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        }),
        {
          numRuns: 15,
          examples: [
            ...REPORTED.map((params): [string, Record<string, string>] => [String(context.executedCampaign.id), params]),
            [BIG, {}],
          ],
        },
      );
      expect(logged.mock.calls.filter(([first]) => /export|route-error/.test(String(first)))).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});
