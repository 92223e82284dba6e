import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getCustomer, type CustomerDetail } from "./queries";

/** For pages: the customer, or the 404 page when it does not exist (or the id is not a number). */
export function pageCustomer(idParam: string): Promise<CustomerDetail> {
  return pageRecord(idParam, getCustomer);
}
