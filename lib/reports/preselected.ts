import "server-only";
import { getCustomer } from "@/lib/customers/queries";
import { NotFoundError } from "@/lib/errors";
import { idParam } from "@/lib/shared/search-params";

/** ?customerId= of 報告書を書く / 予定を追加: the customer, or null when the link is stale or hand-edited. */
export async function preselectedCustomer(param: string | string[] | undefined): Promise<{ id: number; name: string } | null> {
  const id = idParam(param);
  if (id === undefined) return null;
  try {
    const { customer } = await getCustomer(id);
    return { id: customer.id, name: customer.name };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
