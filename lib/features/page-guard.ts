import "server-only";
import { notFound } from "next/navigation";
import { pageUser } from "@/lib/auth/page-guards";
import type { SessionUser } from "@/lib/auth/current-user";
import { FeatureDisabledError } from "@/lib/errors";
import { requireFeature } from "./queries";
import type { FeatureKey } from "./model";

/** For pages of a feature: signed-in user, and 404 while the feature is off. */
export async function pageFeature(key: FeatureKey): Promise<SessionUser> {
  const user = await pageUser();
  try {
    await requireFeature(key);
  } catch (error) {
    if (error instanceof FeatureDisabledError) notFound();
    throw error;
  }
  return user;
}
