import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "./current-user";

// Pages turn the domain's refusals into navigation: to sign-in, to the password change a
// temporary password requires, or a 403 page.

export const PASSWORD_CHANGE_REQUIRED_PATH = "/change-password";

/** Signed in, temporary password or not: for the password change pages only. */
export async function pageSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function pageUser(): Promise<SessionUser> {
  const user = await pageSignedIn();
  if (user.mustChangePassword) redirect(PASSWORD_CHANGE_REQUIRED_PATH);
  return user;
}

export async function pageAdmin(): Promise<SessionUser> {
  const user = await pageUser();
  if (user.role !== "admin") forbidden();
  return user;
}
