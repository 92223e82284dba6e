import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { toRecordId } from "@/lib/shared/validation/record-id";

/**
 * For a detail page: the record of the URL's id, or the 404 page when the id is not an id
 * (text, 0, beyond int4) or nothing has it. Other failures stay errors.
 */
export async function pageRecord<T>(idParam: string, load: (id: number) => Promise<T>): Promise<T> {
  const id = toRecordId(idParam);
  if (id === undefined) notFound();
  try {
    return await load(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
