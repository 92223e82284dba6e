import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getCustomer, type CustomerDetail } from "./queries";

/** For pages: the customer, or the 404 page when it does not exist (or the id is not a number). */
export async function pageCustomer(idParam: string): Promise<CustomerDetail> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return await getCustomer(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
