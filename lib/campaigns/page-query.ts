import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getCampaign, type CampaignDetail } from "./queries";

/** For pages: the campaign, or the 404 page when it does not exist (or the id is not a number). */
export async function pageCampaign(idParam: string): Promise<CampaignDetail> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return await getCampaign(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
