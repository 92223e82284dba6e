import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getTemplate, type Template } from "./queries";

/** For pages: the template, or the 404 page when it does not exist (or the id is not a number). */
export function pageTemplate(idParam: string): Promise<Template> {
  return pageRecord(idParam, getTemplate);
}
