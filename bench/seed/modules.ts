import type { RawClient } from "../raw-client";
import { CUSTOMER_COLUMNS, customerLines } from "./customer-rows";
import type { Reference } from "./reference";

export type SeedOptions = { customers: number; seed: number };
export type SeedContext = { raw: RawClient; reference: Reference; options: SeedOptions };

/**
 * One bulk-loaded table. Modules run in order (parents before children: organizations
 * will come before customers, reports and schedules after), each with its own PRNG stream,
 * so adding a module never changes the rows of another.
 */
export type SeedModule = { table: string; streamSeed: number; load: (context: SeedContext, seed: number) => Promise<number> };

const customers: SeedModule = {
  table: "customers",
  streamSeed: 1,
  load: async ({ raw, reference, options }, seed) => {
    await raw.copyInto("customers", CUSTOMER_COLUMNS, customerLines(reference, options.customers, seed));
    return options.customers;
  },
};

export const SEED_MODULES: readonly SeedModule[] = [customers];

export function moduleSeed(options: SeedOptions, module: SeedModule): number {
  return (Math.imul(options.seed, 0x9e3779b1) ^ module.streamSeed) >>> 0;
}
