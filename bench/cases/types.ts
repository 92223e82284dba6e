/** One benchmark case: the lib/ call a page makes, and the best SQL for the same answer. */
export type BenchCase = {
  name: string;
  /** What the page does, through lib/ as the signed-in bench admin. */
  lib: () => Promise<unknown>;
  /** The same answer with hand-written SQL on the same connection: the limit to compare with. */
  limit: () => Promise<unknown>;
  /** The limit's statements, for EXPLAIN. */
  limitSql?: string[];
  /** Parts of the limit timed alone (e.g. the page rows and the exact count), for the table. */
  parts?: Record<string, () => Promise<unknown>>;
  /** When given, the lib and limit answers must be equal; a difference is reported. */
  sameAnswer?: (libAnswer: unknown, limitAnswer: unknown) => string | null;
  /** The name of an earlier case whose lib answer this one must equal (あいだ and アイダ). */
  sameAnswerAs?: string;
};

export type CaseResult = {
  name: string;
  p50_ms: number;
  p95_ms: number;
  limit_p95_ms: number;
  ratio: number;
};

export type CaseDetail = CaseResult & { limit_p50_ms: number; parts: Record<string, number>; mismatch: string | null };
