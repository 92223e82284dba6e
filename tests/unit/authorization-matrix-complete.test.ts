import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTE_HANDLERS } from "../authorization-matrix";

const root = path.resolve(__dirname, "../..");
const appDir = path.join(root, "app");

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
const isServerActionModule = (file: string) => /^\s*["']use server["']/.test(readFileSync(file, "utf8"));

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

  it("keeps every server action module at lib/<area>/actions.ts", () => {
    const modules = ["app", "components", "lib", "db"]
      .flatMap((dir) => files(path.join(root, dir)))
      .filter((f) => /\.tsx?$/.test(f) && isServerActionModule(f))
      .map((f) => path.relative(root, f));
    expect(modules.filter((f) => !/^lib\/[\w-]+\/actions\.ts$/.test(f))).toEqual([]);
  });

  it("lists every exported server action", () => {
    const actions = files(path.join(root, "lib"))
      .filter((f) => path.basename(f) === "actions.ts" && isServerActionModule(f))
      .flatMap((f) => {
        const source = readFileSync(f, "utf8");
        const names = [...source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map((m) => m[1]);
        return names.map((name) => `${path.relative(root, f)}#${name}`);
      })
      .sort();
    expect(actions.length).toBeGreaterThan(0);
    expect(ACTIONS.map((a) => `${a.file}#${a.name}`).sort()).toEqual(actions);
  });
});
