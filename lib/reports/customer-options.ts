import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { EMPTY_FILTER } from "@/lib/customers/model/filter";
import { searchCustomers } from "@/lib/customers/search";
import { customerOptionsInput } from "@/lib/reports/model/inputs";

export type CustomerOption = { id: number; name: string; nameKana: string };

/**
 * The customer picker of 報告書 / 予定: the best 20 matches of a keyword through the customer
 * list's own search (same normalization and gram index), recently updated first.
 */
export async function customerOptions(input: { keyword?: string }): Promise<CustomerOption[]> {
  await requireUser();
  const { keyword } = customerOptionsInput.parse(input);
  const { rows } = await searchCustomers({ ...EMPTY_FILTER, keyword }, { page: 1, pageSize: 20, sort: "updated" });
  return rows.map((r) => ({ id: r.id, name: r.name, nameKana: r.nameKana }));
}
