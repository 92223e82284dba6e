/** One benchmark case: the lib/ call a page makes, and the best SQL for the same answer. */
export type BenchCase = {
  name: string;
  /** Which target of issue 5 applies: search ≤ 50 ms and ratio ≤ 1.5, timeline ≤ 30 ms (PostgreSQL). */
  group: "search" | "timeline";
  /** What the page does, through lib/ as the signed-in bench admin. */
  lib: () => Promise<unknown>;
  /** The same answer with hand-written SQL on the same connection: the limit to compare with. */
  limit: () => Promise<unknown>;
  /** Runs once before the warm-up, not timed (e.g. following a cursor to page 20). */
  prepare?: () => Promise<void>;
  /** The limit's statements, for EXPLAIN. */
  limitSql?: string[];
  /** The same, for limits whose SQL is known only after `prepare`. */
  limitSqlText?: () => Promise<string[]>;
  /** Parts of the limit timed alone (e.g. the page rows and the exact count), for the table. */
  parts?: Record<string, () => Promise<unknown>>;
  /** When given, the lib and limit answers must be equal; a difference is reported. */
  sameAnswer?: (libAnswer: unknown, limitAnswer: unknown) => string | null;
  /** The name of an earlier case whose lib answer this one must equal (あいだ and アイダ). */
  sameAnswerAs?: string;
};

/**
 * One case of the JSON (issue 5). HTTP cases have no hand-written limit: limit_p95_ms and
 * ratio are null there, and they add the request and error counts of the load run.
 */
export type CaseResult = {
  name: string;
  p50_ms: number;
  p95_ms: number;
  limit_p95_ms: number | null;
  ratio: number | null;
  requests?: number;
  errors?: number;
};

export type CaseDetail = CaseResult & { limit_p50_ms: number | null; parts: Record<string, number>; mismatch: string | null };
