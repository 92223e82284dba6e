import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";
import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request because the signing secret may come from the database.
async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, await getAuthOptions());
}

/** Sign-in and sign-out change state: only this site's pages may post them (next-auth's CSRF token aside). */
async function post(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
  } catch (error) {
    return errorResponse(error);
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
