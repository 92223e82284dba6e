import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getSchedule, type ScheduleItem } from "./queries";

/** For pages: the schedule, or the 404 page when it does not exist (or the id is not a number). */
export async function pageSchedule(idParam: string): Promise<ScheduleItem> {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getSchedule(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
