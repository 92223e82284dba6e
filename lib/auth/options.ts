import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { getAuthSecret } from "./secret";
import { isSessionCurrent, readClaims, SESSION_MAX_AGE_SECONDS, signOutSession } from "./sessions";
import { verifyCredentials } from "./sign-in";

/** Error codes the sign-in form turns into Japanese messages. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", throttled: "Throttled", delayed: "Delayed" } as const;

class EndedSessionError extends Error {
  constructor() {
    super("session ended");
    this.name = "EndedSessionError";
  }
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
            ip: clientAddress(req?.headers),
          });
          if (result.ok)
            return { id: String(result.user.id), email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
          if (result.reason !== "invalid") throw new Error(SIGN_IN_ERRORS[result.reason]);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { ...token, uid: Number(user.id), sv: (user as { sv?: number }).sv };
        // /api/auth/session: an ended session (sign-out elsewhere, disabled user, changed
        // password or role) answers as signed out, and next-auth deletes its cookie.
        if (!(await isSessionCurrent(readClaims(token)))) throw new EndedSessionError();
        return token;
      },
      session({ session, token }) {
        // Only the id and version travel in the token: role and disabled state are read
        // from the database on every request, so a change takes effect at once.
        return { ...session, uid: typeof token.uid === "number" ? token.uid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        await signOutSession(readClaims(token));
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is an answer, not a fault: no stack trace in the log for it.
        const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
        if (cause instanceof EndedSessionError) return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
}
