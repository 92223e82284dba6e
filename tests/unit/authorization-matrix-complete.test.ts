import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTE_HANDLERS } from "../authorization-matrix";

const appDir = path.resolve(__dirname, "../../app");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** app/(app)/settings/page.tsx → /settings: route groups do not appear in URLs. */
function routeOf(file: string): string {
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const all = files(appDir);

describe("authorization matrix", () => {
  it("lists every page", () => {
    const pages = all
      .filter((f) => path.basename(f) === "page.tsx")
      .map(routeOf)
      .sort();
    expect(PAGES.map((p) => p.route).sort()).toEqual(pages);
  });

  it("lists every route handler", () => {
    const handlers = all
      .filter((f) => path.basename(f) === "route.ts")
      .map(routeOf)
      .sort();
    expect(ROUTE_HANDLERS.map((r) => r.route).sort()).toEqual(handlers);
  });

  it("lists every exported server action", () => {
    const actions = all
      .filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
      .flatMap((f) => {
        const source = readFileSync(f, "utf8");
        const names = [...source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map((m) => m[1]);
        return names.map((name) => `${path.relative(path.resolve(appDir, ".."), f)}#${name}`);
      })
      .sort();
    expect(ACTIONS.map((a) => `${a.file}#${a.name}`).sort()).toEqual(actions);
  });
});
