import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { StoredValues } from "@/lib/templates/model/values";
import type { ImportKind } from "./model";

/** One row as it will be written: every column final, searched columns derived. */
export type StagedRecord = {
  seq: number;
  action: "insert" | "update";
  target_id: number | null;
  target_version: number | null;
  key: string | null;
  name: string;
  name_kana: string;
  search_keywords: string;
  fields: StoredValues;
  search_text: string;
  search_grams: string[];
  sort_key: string;
  status_id?: number;
  class_id?: number | null;
  tag_ids?: number[];
  important?: boolean;
  organization_id?: number | null;
};

const COMMON: [string, string][] = [
  ["seq", "int"],
  ["action", "text"],
  ["target_id", "int"],
  ["target_version", "int"],
  ["key", "text"],
  ["name", "text"],
  ["name_kana", "text"],
  ["search_keywords", "text"],
  ["fields", "jsonb"],
  ["search_text", "text"],
  ["search_grams", "text[]"],
  ["sort_key", "text"],
];
const CUSTOMER: [string, string][] = [
  ["status_id", "int"],
  ["class_id", "int"],
  ["tag_ids", "int[]"],
  ["important", "boolean"],
  ["organization_id", "int"],
];

/**
 * The rows of a commit, staged in a temporary table of the run's own connection. Reading,
 * checking and deriving a million rows happens in short statements outside any transaction
 * (PGlite's one connection stays free for other requests, and progress is visible), and
 * the commit's single transaction only moves staged rows with set-based statements.
 * Temporary tables are no schema change: they vanish with the connection.
 */
export class Stage {
  readonly table: SQL;
  private readonly columns: [string, string][];

  constructor(
    private readonly conn: Database,
    kind: ImportKind,
    jobId: string,
  ) {
    this.table = sql.raw(`import_stage_${jobId.replace(/[^0-9a-f]/gi, "")}`);
    this.columns = kind === "customer" ? [...COMMON, ...CUSTOMER] : COMMON;
  }

  async create(): Promise<void> {
    await this.drop();
    const definition = sql.raw(this.columns.map(([name, type]) => `${name} ${type}`).join(", "));
    await this.conn.execute(sql`create temporary table ${this.table} (${definition}, primary key (seq))`);
    await this.conn.execute(sql`create index on ${this.table} (key)`);
  }

  async drop(): Promise<void> {
    await this.conn.execute(sql`drop table if exists ${this.table}`);
  }

  /** One statement per batch: the rows travel as one JSON parameter, whatever their number. */
  async write(records: StagedRecord[], replacing: number[]): Promise<void> {
    if (replacing.length > 0)
      await this.conn.execute(
        sql`delete from ${this.table} where seq in (${sql.join(
          replacing.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      );
    if (records.length === 0) return;
    const names = sql.raw(this.columns.map(([name]) => name).join(", "));
    const shape = sql.raw(this.columns.map(([name, type]) => `${name} ${type}`).join(", "));
    await this.conn.execute(
      sql`insert into ${this.table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(records)}::text::jsonb) as r(${shape})`,
    );
  }

  /** Rows staged by earlier batches under these keys (at most one per key). */
  async byKeys(keys: string[]): Promise<Map<string, StagedRecord>> {
    if (keys.length === 0) return new Map();
    const rows = await queryRows<StagedRecord>(
      sql`select * from ${this.table} where key in (${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )})`,
      this.conn,
    );
    return new Map(rows.map((r) => [r.key!, r]));
  }

  /** The next window of staged rows after `after`, in file order. */
  async window(tx: Database, after: number, size: number): Promise<{ last: number; rows: number; updates: number } | null> {
    const [w] = await queryRows<{ last: number | null; rows: number; updates: number }>(
      sql`select max(seq)::int as last, count(*)::int as rows, (count(*) filter (where action = 'update'))::int as updates
          from (select seq, action from ${this.table} where seq > ${after} order by seq limit ${size}) w`,
      tx,
    );
    return w && w.last !== null ? { last: w.last, rows: w.rows, updates: w.updates } : null;
  }

  async totals(tx: Database): Promise<{ rows: number }> {
    const [t] = await queryRows<{ rows: number }>(sql`select count(*)::int as rows from ${this.table}`, tx);
    return { rows: t?.rows ?? 0 };
  }
}
