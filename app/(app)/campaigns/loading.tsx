import { CampaignSkeleton } from "@/components/campaigns/campaign-skeleton";

export default function Loading() {
  return <CampaignSkeleton />;
}
