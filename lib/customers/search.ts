import "server-only";
import { asc, desc, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { customerFilter, type CustomerFilter, type CustomerSort } from "@/lib/customers/model/filter";
import { countCustomers } from "./count";
import { effectiveFilter } from "./effective-filter";
import { customerWhere } from "./filter-sql";

export const CUSTOMER_PAGE_SIZE = 50;

export const customerListColumns = {
  id: customers.id,
  name: customers.name,
  nameKana: customers.nameKana,
  statusId: customers.statusId,
  classId: customers.classId,
  tagIds: customers.tagIds,
  important: customers.important,
  organizationId: customers.organizationId,
  updatedAt: customers.updatedAt,
  createdAt: customers.createdAt,
};

export type CustomerListItem = {
  id: number;
  name: string;
  nameKana: string;
  statusId: number;
  classId: number | null;
  tagIds: number[];
  important: boolean;
  organizationId: number | null;
  updatedAt: Date;
  createdAt: Date;
};

/** Each sort ends in the id, so that pages never repeat or skip a row of equal keys. */
export function customerOrder(sort: CustomerSort): SQL[] {
  switch (sort) {
    case "name":
      return [sql`${customers.sortKey} collate "C"`, asc(customers.id)];
    case "created":
      return [desc(customers.createdAt), desc(customers.id)];
    case "updated":
      return [desc(customers.updatedAt), desc(customers.id)];
  }
}

export type CustomerSearchResult = { rows: CustomerListItem[]; total: number; totalIsEstimate: boolean };

/** One page of the customer list and the number of all matches, for any filter. */
export async function searchCustomers(
  filterInput: CustomerFilter,
  options: { page: number; pageSize?: number; sort: CustomerSort },
): Promise<CustomerSearchResult> {
  // The flag behind effectiveFilter is no secret: read it alongside the user check rather
  // than one round trip after it.
  const [, filter] = await Promise.all([requireUser(), effectiveFilter(customerFilter.parse(filterInput))]);
  const pageSize = Math.min(Math.max(options.pageSize ?? CUSTOMER_PAGE_SIZE, 1), 200);
  const where = customerWhere(filter);
  const [rows, count] = await Promise.all([
    db
      .select(customerListColumns)
      .from(customers)
      .where(where)
      .orderBy(...customerOrder(options.sort))
      .limit(pageSize)
      .offset((Math.max(options.page, 1) - 1) * pageSize),
    countCustomers(where),
  ]);
  return { rows, ...count };
}
