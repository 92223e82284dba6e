import "server-only";
import { isFeatureEnabled } from "@/lib/features/queries";
import type { CustomerFilter } from "@/lib/customers/model/filter";

/**
 * The filter as the database applies it: while 顧客組織 is off, an organization criterion
 * (from an old bookmark or saved view) is ignored rather than filtering by hidden data.
 */
export async function effectiveFilter(filter: CustomerFilter): Promise<CustomerFilter> {
  if (filter.organizationId === undefined || (await isFeatureEnabled("organizations"))) return filter;
  return { ...filter, organizationId: undefined };
}
