import { rawClient } from "../raw-client";
import { timed } from "../timer";
import {
  backgroundIndexBuilds,
  dropSecondaryStructures,
  restoreIndexesOf,
  restoreSecondaryStructures,
  type RestoreOptions,
} from "./deferred-ddl";
import { moduleSeed, SEED_MODULES, type SeedState } from "./modules";
import { datasetPlan, type SeedOptions } from "./plan";
import { resetData, seedReference } from "./reference";

/**
 * Replaces every row of the configured database (migrated already) with the dataset of
 * `options`. The same steps serve `npm run bench:seed` and the bench smoke test.
 */
export async function seedDataset(
  options: SeedOptions,
  restore: RestoreOptions,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const step = <T>(label: string, fn: () => Promise<T>) => timed(label, fn, log);
  const raw = await rawClient();
  const plan = datasetPlan(options);
  // A run interrupted after dropping indexes left their definitions behind: rebuild first.
  await restoreSecondaryStructures(raw, restore);
  await step("truncate", () => resetData(raw));
  const reference = await step("reference data", () => seedReference());
  const counts: Record<string, number> = {};
  const state: SeedState = {};
  // All set aside first: dropping a foreign key later would wait for the index builds
  // running meanwhile on the table it references.
  for (const seedModule of SEED_MODULES) await dropSecondaryStructures(raw, seedModule.table);
  const background = backgroundIndexBuilds(raw, restore, (line) => log(`${line} (while loading)`));
  for (const seedModule of SEED_MODULES) {
    const context = { raw, reference, options, plan, state, log };
    counts[seedModule.table] = await step(`load ${seedModule.table}`, () => seedModule.load(context, moduleSeed(options, seedModule)));
    if (seedModule !== SEED_MODULES.at(-1)) background.enqueue(seedModule.table);
  }
  // The last table's indexes alongside what the background still builds (other tables).
  const last = SEED_MODULES.at(-1)!.table;
  const lastWidth = raw.engine === "postgres" ? Math.max(1, restore.connections - 1) : 1;
  await step("finish index builds", () => Promise.all([background.finish(), restoreIndexesOf(raw, [last], lastWidth, restore, log)]));
  await step("foreign keys, triggers", () => restoreSecondaryStructures(raw, restore, log));
  // Rows written by INSERT (not COPY FREEZE) get their visibility map set, as autovacuum
  // would, so that index-only scans behave as on a settled database.
  await step("vacuum analyze", async () => {
    await raw.query("vacuum (analyze) timeline_entries, customer_status_changes");
    await raw.query("analyze");
  });
  return counts;
}
