import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getOrganization, type OrganizationDetail } from "./queries";

/** For pages: the organization, or the 404 page when it does not exist. */
export function pageOrganization(idParam: string): Promise<OrganizationDetail> {
  return pageRecord(idParam, getOrganization);
}
