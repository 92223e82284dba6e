/**
 * A keyset cursor: the (occurred_at, id) of the last entry shown. The next page starts
 * strictly after it, so entries written meanwhile never shift a page or repeat a row.
 * `at` is PostgreSQL's own text of the timestamp: microseconds, which a JS Date would lose.
 */
export type TimelineCursor = { at: string; id: number };

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString("base64url");
}

export function decodeCursor(value: string | undefined | null): TimelineCursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString()) as [unknown, unknown];
    if (typeof at !== "string" || !/^\d{4}-\d\d-\d\d [\d:.]+[+-]\d\d(:\d\d)?$/.test(at) || !Number.isSafeInteger(id)) return null;
    return { at, id: id as number };
  } catch {
    return null;
  }
}
