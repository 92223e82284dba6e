import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getCampaign, type CampaignDetail } from "./queries";

/** For pages: the campaign, or the 404 page when it does not exist (or the id is not a number). */
export function pageCampaign(idParam: string): Promise<CampaignDetail> {
  return pageRecord(idParam, getCampaign);
}
