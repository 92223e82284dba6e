import { PageSkeleton } from "@/components/reports/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="報告書" />;
}
