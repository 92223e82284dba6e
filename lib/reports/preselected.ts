import { getCustomer } from "@/lib/customers/queries";
import { NotFoundError } from "@/lib/errors";

/** ?customerId= of 報告書を書く / 予定を追加: the customer, or null when the link is stale or hand-edited. */
export async function preselectedCustomer(param: string | string[] | undefined): Promise<{ id: number; name: string } | null> {
  const id = Number(Array.isArray(param) ? param[0] : param);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  try {
    const { customer } = await getCustomer(id);
    return { id: customer.id, name: customer.name };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
