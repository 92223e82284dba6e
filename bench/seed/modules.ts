import type { RawClient } from "../raw-client";
import { CUSTOMER_COLUMNS, customerLines } from "./customer-rows";
import { insertFirstStatusChanges, insertTimelineEntries } from "./history";
import { ORGANIZATION_COLUMNS, organizationLines } from "./organization-rows";
import { customersByRegistration, organizationMembership, type DatasetPlan, type SeedOptions } from "./plan";
import type { Reference } from "./reference";
import { REPORT_COLUMNS, reportLines } from "./report-rows";
import { SCHEDULE_COLUMNS, scheduleLines } from "./schedule-rows";

export type { SeedOptions } from "./plan";

/** What the modules share: customers' registration times (for their reports and schedules). */
export type SeedState = { membership?: Int32Array; customerCreatedAt?: Float64Array };

export type SeedContext = {
  raw: RawClient;
  reference: Reference;
  options: SeedOptions;
  plan: DatasetPlan;
  state: SeedState;
  log: (line: string) => void;
};

/**
 * One bulk-loaded table. Modules run in order (parents before children), each with its
 * own PRNG stream, so adding a module never changes the rows of another. Before its load
 * the table's secondary indexes, foreign keys and triggers are set aside (deferred-ddl.ts).
 */
export type SeedModule = { table: string; streamSeed: number; load: (context: SeedContext, seed: number) => Promise<number> };

const organizations: SeedModule = {
  table: "organizations",
  streamSeed: 2,
  load: async ({ raw, reference, plan, state }, seed) => {
    // The membership is drawn from this module's stream: the customers' own rows stay as they were.
    state.membership = organizationMembership(plan, seed ^ 0x5bd1e995);
    await raw.copyInto("organizations", ORGANIZATION_COLUMNS, organizationLines(reference, plan.organizations, seed));
    return plan.organizations;
  },
};

const customers: SeedModule = {
  table: "customers",
  streamSeed: 1,
  load: async ({ raw, reference, plan, state }, seed) => {
    state.customerCreatedAt = new Float64Array(plan.customers);
    await raw.copyInto(
      "customers",
      CUSTOMER_COLUMNS,
      customerLines(reference, plan.customers, seed, state.membership, state.customerCreatedAt),
    );
    return plan.customers;
  },
};

function customerAt(state: SeedState): (at: number, random: () => number) => number {
  if (!state.customerCreatedAt) throw new Error("customers must be loaded first");
  // A fresh picker per table: each walks the registration times from the start.
  return customersByRegistration(state.customerCreatedAt);
}

const reports: SeedModule = {
  table: "reports",
  streamSeed: 3,
  load: async ({ raw, reference, plan, state }, seed) => {
    if (plan.customers === 0) return 0;
    await raw.copyInto("reports", REPORT_COLUMNS, reportLines(reference, plan.reports, seed, customerAt(state)));
    return plan.reports;
  },
};

const schedules: SeedModule = {
  table: "schedules",
  streamSeed: 4,
  load: async ({ raw, reference, plan, state }, seed) => {
    if (plan.customers === 0) return 0;
    await raw.copyInto("schedules", SCHEDULE_COLUMNS, scheduleLines(reference, plan.schedules, seed, customerAt(state)));
    return plan.schedules;
  },
};

// The app writes a status change when a customer is registered, and the triggers of
// drizzle/0005 an entry per change, report and schedule: set-based here (history.ts).
const statusChanges: SeedModule = {
  table: "customer_status_changes",
  streamSeed: 5,
  load: ({ raw }) => insertFirstStatusChanges(raw),
};

const timeline: SeedModule = {
  table: "timeline_entries",
  streamSeed: 6,
  load: ({ raw, log }) => insertTimelineEntries(raw, log),
};

export const SEED_MODULES: readonly SeedModule[] = [organizations, customers, reports, schedules, statusChanges, timeline];

export function moduleSeed(options: SeedOptions, module: SeedModule): number {
  return (Math.imul(options.seed, 0x9e3779b1) ^ module.streamSeed) >>> 0;
}
