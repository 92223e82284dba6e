import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getAuthSecret } from "./secret";
import { verifyCredentials } from "./sign-in";

/** Error codes the sign-in form turns into Japanese messages. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled" } as const;

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export async function getAuthOptions(): Promise<NextAuthOptions> {
  return {
    secret: await getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await verifyCredentials({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(req?.headers),
          });
          if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name };
          if (result.reason === "throttled") throw new Error(SIGN_IN_ERRORS.throttled);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = Number(user.id);
        return token;
      },
      session({ session, token }) {
        // Only the id travels in the token: role and disabled state are read from the
        // database on every request, so a change takes effect at once.
        return { ...session, uid: typeof token.uid === "number" ? token.uid : undefined };
      },
    },
  };
}
