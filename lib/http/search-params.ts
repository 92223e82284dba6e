/** URLSearchParams in the shape page props use, so one parser serves pages and route handlers. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  return record;
}
