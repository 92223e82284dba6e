import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

type CookieOut = { name: string; value: string; options?: { expires?: Date | string; maxAge?: number } };

/** A browser's cookies, shaped like Next's cookie store for code that reads `cookies()`. */
export class CookieJar {
  private readonly values = new Map<string, string>();
  getAll() {
    return [...this.values].map(([name, value]) => ({ name, value }));
  }
  get(name: string) {
    const value = this.values.get(name);
    return value === undefined ? undefined : { name, value };
  }
  has(name: string) {
    return this.values.has(name);
  }
  set(name: string, value: string) {
    this.values.set(name, value);
  }
  record(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  absorb(cookies: CookieOut[] | undefined) {
    for (const c of cookies ?? []) {
      const expired = c.options?.maxAge === 0 || (c.options?.expires !== undefined && new Date(c.options.expires).getTime() <= Date.now());
      if (expired || c.value === "") this.values.delete(c.name);
      else this.values.set(c.name, c.value);
    }
  }
  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [name, value] of this.values) jar.set(name, value);
    return jar;
  }
}

/** The few parts of a Node response next-auth's handler writes to. */
class ResponseRecorder {
  statusCode = 200;
  body: unknown;
  redirect = "";
  private readonly headers = new Map<string, string | string[]>();
  getHeader(name: string) {
    return this.headers.get(name.toLowerCase());
  }
  setHeader(name: string, value: string | string[]) {
    this.headers.set(name.toLowerCase(), value);
    if (name.toLowerCase() === "location") this.redirect = String(value);
    return this;
  }
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  json(body: unknown) {
    this.body = body;
    if (body && typeof body === "object" && "url" in body) this.redirect = String((body as { url: unknown }).url);
  }
  send(body: unknown) {
    this.body = typeof body === "string" && body.startsWith("{") ? JSON.parse(body) : body;
  }
  end() {}
  setCookies(): CookieOut[] {
    const raw = this.headers.get("set-cookie") ?? [];
    return (Array.isArray(raw) ? raw : [raw]).map((line) => {
      const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
      const eq = pair.indexOf("=");
      const maxAge = attributes.find((a) => /^max-age=/i.test(a));
      const expires = attributes.find((a) => /^expires=/i.test(a));
      return {
        name: pair.slice(0, eq),
        value: decodeURIComponent(pair.slice(eq + 1)),
        options: { maxAge: maxAge ? Number(maxAge.split("=")[1]) : undefined, expires: expires ? expires.slice(8) : undefined },
      };
    });
  }
}

/**
 * A request to next-auth with the app's options, through next-auth's Node (pages API)
 * adapter: the App Router adapter of app/api/auth/[...nextauth] reads next/headers through
 * a CommonJS require that test mocks cannot reach. Both call the same core handler.
 */
export async function callAuth(
  jar: CookieJar,
  action: string,
  init: {
    method?: "GET" | "POST";
    body?: Record<string, string>;
    providerId?: string;
    peer?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const res = new ResponseRecorder();
  const req = {
    method: init.method ?? "GET",
    query: { nextauth: init.providerId ? [action, init.providerId] : [action] },
    body: init.body ?? {},
    cookies: jar.record(),
    headers: { host: "localhost:3000", [PEER_ADDRESS_HEADER]: init.peer ?? "203.0.113.1", ...init.headers },
  };
  await NextAuth(req as never, res as never, await getAuthOptions());
  jar.absorb(res.setCookies());
  return res;
}

/** Signs in through next-auth's credentials callback, as the login form does. */
export async function signInOverHttp(
  jar: CookieJar,
  email: string,
  password: string,
  init: { peer?: string; headers?: Record<string, string> } = {},
) {
  const csrf = await callAuth(jar, "csrf", init);
  const { csrfToken } = csrf.body as { csrfToken: string };
  const response = await callAuth(jar, "callback", {
    ...init,
    method: "POST",
    providerId: "credentials",
    body: { csrfToken, email, password, json: "true" },
  });
  return { redirect: response.redirect, signedIn: jar.getAll().some((c) => c.name.endsWith("session-token")) };
}

export async function signOutOverHttp(jar: CookieJar) {
  const csrf = await callAuth(jar, "csrf");
  const { csrfToken } = csrf.body as { csrfToken: string };
  await callAuth(jar, "signout", { method: "POST", body: { csrfToken } });
}
