import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { requireFeature } from "@/lib/features/queries";

/** Every organization query and mutation: a signed-in user, and the 顧客組織 feature on. */
export async function requireOrganizations(): Promise<SessionUser> {
  // Both checks at once (one round trip, not two); a signed-out caller still gets the
  // sign-in refusal rather than learning the feature's state.
  const [user, feature] = await Promise.allSettled([requireUser(), requireFeature("organizations")]);
  if (user.status === "rejected") throw user.reason;
  if (feature.status === "rejected") throw feature.reason;
  return user.value;
}
