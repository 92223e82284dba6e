import type { RawClient } from "../raw-client";

/** What the cases need from the seeded dataset, looked up by name (ids depend on the seed). */
export type BenchContext = {
  raw: RawClient;
  adminId: number;
  statusId: (name: string) => number;
  classId: (name: string) => number;
  tagId: (name: string) => number;
  /** The organization with the most members (null when the dataset has none). */
  largestOrganizationId: number | null;
};

export async function loadBenchContext(raw: RawClient): Promise<BenchContext> {
  const byName = async (table: string) => {
    const rows = await raw.query<{ id: number; name: string }>(`select id, name from ${table}`);
    const map = new Map(rows.map((r) => [r.name, r.id]));
    return (name: string) => {
      const id = map.get(name);
      if (id === undefined) throw new Error(`${table} has no "${name}": run npm run bench:seed first`);
      return id;
    };
  };
  const [admin] = await raw.query<{ id: number }>(`select id from users where role = 'admin' and disabled_at is null order by id limit 1`);
  if (!admin) throw new Error("no admin user: run npm run bench:seed first");
  const [largest] = await raw.query<{ id: number }>(
    `select organization_id as id from customers where organization_id is not null group by 1 order by count(*) desc, 1 limit 1`,
  );
  return {
    raw,
    largestOrganizationId: largest?.id ?? null,
    adminId: admin.id,
    statusId: await byName("statuses"),
    classId: await byName("customer_classes"),
    tagId: await byName("tags"),
  };
}
