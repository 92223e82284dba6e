import { EMPTY_FILTER, listStateToSearch, type CustomerFilter } from "@/lib/customers/model/filter";

type FilterKey = keyof Pick<CustomerFilter, "statusIds" | "classIds" | "tagIds">;

/** The customer list filtered to one status, class or tag, built by the list's own URL code. */
export function customersWith(key: FilterKey, id: number): string {
  return `/customers${listStateToSearch({ filter: { ...EMPTY_FILTER, [key]: [id] } })}`;
}
