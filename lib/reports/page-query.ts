import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getReport, type ReportDetail } from "./queries";

/** For pages: the report, or the 404 page when it does not exist (or the id is not a number). */
export async function pageReport(idParam: string): Promise<ReportDetail> {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getReport(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
