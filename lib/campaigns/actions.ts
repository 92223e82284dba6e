"use server";

import { defineAction } from "@/lib/actions/define-action";
import { executeCampaign } from "@/lib/campaigns/execute";
import {
  campaignIdInput,
  campaignRefInput,
  createCampaignInput,
  createFollowUpInput,
  previewTargetsInput,
  setOutcomesInput,
  updateCampaignInput,
} from "@/lib/campaigns/model/inputs";
import { createCampaign, createFollowUp, deleteCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { setTargetOutcomes } from "@/lib/campaigns/outcomes";
import { previewCampaign, previewTargets } from "@/lib/campaigns/preview";

const revalidate = ["/campaigns"];
// Execution and outcomes show on the targets' timelines (customers and organizations).
const revalidateTimelines = ["/campaigns", "/customers", "/organizations"];

export const createCampaignAction = defineAction(createCampaignInput, createCampaign, { revalidate });
export const updateCampaignAction = defineAction(updateCampaignInput, updateCampaign, { revalidate });
export const deleteCampaignAction = defineAction(campaignRefInput, deleteCampaign, { revalidate });
export const createFollowUpAction = defineAction(createFollowUpInput, createFollowUp, { revalidate });
export const executeCampaignAction = defineAction(campaignRefInput, executeCampaign, { revalidate: revalidateTimelines });
export const setTargetOutcomesAction = defineAction(setOutcomesInput, setTargetOutcomes, { revalidate: revalidateTimelines });
export const previewTargetsAction = defineAction(previewTargetsInput, previewTargets);
export const previewCampaignAction = defineAction(campaignIdInput, previewCampaign);
