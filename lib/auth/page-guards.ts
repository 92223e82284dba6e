import { forbidden, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "./current-user";

// Pages turn the domain's refusals into navigation: to sign-in, or a 403 page.

export async function pageUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function pageAdmin(): Promise<SessionUser> {
  const user = await pageUser();
  if (user.role !== "admin") forbidden();
  return user;
}
