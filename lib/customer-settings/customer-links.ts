import { EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/filter";
import { listStateToSearch } from "@/lib/customers/filter-url";

type FilterKey = keyof Pick<CustomerFilter, "statusIds" | "classIds" | "tagIds">;

/** The customer list filtered to one status, class or tag, built by the list's own URL code. */
export function customersWith(key: FilterKey, id: number): string {
  return `/customers${listStateToSearch({ filter: { ...EMPTY_FILTER, [key]: [id] } })}`;
}
