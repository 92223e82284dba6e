import { z } from "zod";

/** A timeline page request: whose (customer or organization id) and from which cursor. */
export const timelineInput = z.object({ id: z.coerce.number().int().positive(), cursor: z.string().max(200).nullish() });
