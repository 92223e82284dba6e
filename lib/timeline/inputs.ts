import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

/** A timeline page request: whose (customer or organization id) and from which cursor. */
export const timelineInput = z.object({ id: recordId(), cursor: z.string().max(200).nullish() });
