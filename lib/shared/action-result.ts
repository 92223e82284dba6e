/** What every server action returns to its form. */
export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };
