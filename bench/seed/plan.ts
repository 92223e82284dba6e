import { createRandom } from "./prng";

/** What `npm run bench:seed` is asked for; counts left out scale with the customers. */
export type SeedOptions = {
  customers: number;
  seed: number;
  organizations?: number;
  reports?: number;
  schedules?: number;
  /** Members of the largest organization (default: 1 customer in 500). */
  largestOrganization?: number;
};

/**
 * The shape of the dataset: issue 5 asks, for 1,000,000 customers, 20,000 organizations
 * whose largest has about 2,000 members, 3,000,000 reports and 300,000 schedules; other
 * sizes keep the same proportions.
 */
export type DatasetPlan = {
  customers: number;
  organizations: number;
  reports: number;
  schedules: number;
  /** Members of the largest organization (organization 1); the sizes fall off from it. */
  largestOrganization: number;
};

export function datasetPlan(options: SeedOptions): DatasetPlan {
  const n = options.customers;
  const organizations = options.organizations ?? Math.round(n / 50);
  return {
    customers: n,
    organizations,
    reports: options.reports ?? n * 3,
    schedules: options.schedules ?? Math.round(n * 0.3),
    largestOrganization: organizations > 0 ? Math.min(n, options.largestOrganization ?? Math.max(1, Math.round(n / 500))) : 0,
  };
}

// Organization sizes fall off as rank^-0.7: at 1M customers 2,000, 1,230, 925 … down to
// 2 members, about 12 % of all customers in some organization; the rest in none.
const SIZE_EXPONENT = 0.7;

export function organizationSizes(plan: DatasetPlan): number[] {
  const sizes: number[] = [];
  let left = plan.customers;
  for (let rank = 1; rank <= plan.organizations; rank++) {
    const size = Math.min(left, Math.max(1, Math.round(plan.largestOrganization * rank ** -SIZE_EXPONENT)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * Which organization each customer belongs to (index = customer id − 1, 0 = none): the
 * members of one organization are spread over the whole table, as customers who join a
 * company over the years are.
 */
export function organizationMembership(plan: DatasetPlan, seed: number): Int32Array {
  const membership = new Int32Array(plan.customers);
  let slot = 0;
  organizationSizes(plan).forEach((size, i) => {
    membership.fill(i + 1, slot, slot + size);
    slot += size;
  });
  const random = createRandom(seed);
  for (let i = membership.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = membership[i]!;
    membership[i] = membership[j]!;
    membership[j] = swap;
  }
  return membership;
}

/**
 * Picks the customer of a record written at a given time among the customers registered
 * by then (uniformly): older customers gather more history, as they do in a real CRM.
 * Times must be asked in increasing order.
 */
export function customersByRegistration(createdAt: Float64Array): (at: number, random: () => number) => number {
  const order = new Uint32Array(createdAt.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => createdAt[a]! - createdAt[b]! || a - b);
  let registered = 0;
  return (at, random) => {
    while (registered < order.length && createdAt[order[registered]!]! <= at) registered++;
    return order[Math.floor(random() * Math.max(registered, 1))]! + 1;
  };
}
