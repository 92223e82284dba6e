import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getOrganization, type OrganizationDetail } from "./queries";

/** For pages: the organization, or the 404 page when it does not exist. */
export async function pageOrganization(idParam: string): Promise<OrganizationDetail> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return await getOrganization(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
