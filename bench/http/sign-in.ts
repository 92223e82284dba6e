/**
 * Signs in over HTTP as a browser does with next-auth's credentials provider (as
 * tests/e2e/helpers/session.ts): GET /api/auth/csrf, then POST the form with the CSRF
 * token and its cookie. Answers the Cookie header that carries the session.
 */
export async function signInOverHttp(baseUrl: string, account: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      if (at > 0) jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: ${csrf.status}`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
    redirect: "manual",
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in as ${account.email} failed: ${response.status} ${await response.text().catch(() => "")}`.slice(0, 300));
  }
  return cookieHeader();
}
