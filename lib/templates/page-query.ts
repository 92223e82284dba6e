import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import { getTemplate, type Template } from "./queries";

/** For pages: the template, or the 404 page when it does not exist (or the id is not a number). */
export async function pageTemplate(idParam: string): Promise<Template> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) notFound();
  try {
    return await getTemplate(id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
