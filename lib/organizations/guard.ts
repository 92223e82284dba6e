import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { requireFeature } from "@/lib/features/queries";

/** Every organization query and mutation: a signed-in user, and the 顧客組織 feature on. */
export async function requireOrganizations(): Promise<SessionUser> {
  const user = await requireUser();
  await requireFeature("organizations");
  return user;
}
