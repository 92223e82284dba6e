import "server-only";
import { isFeatureEnabled } from "@/lib/features/queries";
import { organizationNames } from "./queries";

/**
 * A customer's 所属組織 for its form: undefined while 顧客組織 is off (the form then has no
 * such field and the stored membership is kept), null when it has none.
 */
export async function currentOrganization(organizationId: number | null): Promise<{ id: number; name: string } | null | undefined> {
  if (!(await isFeatureEnabled("organizations"))) return undefined;
  if (organizationId === null) return null;
  const name = (await organizationNames([organizationId])).get(organizationId);
  return name === undefined ? null : { id: organizationId, name };
}
