import { rawClient } from "../raw-client";
import { timed } from "../timer";
import { dropSecondaryStructures, restoreSecondaryStructures, type RestoreOptions } from "./deferred-ddl";
import { moduleSeed, SEED_MODULES, type SeedOptions } from "./modules";
import { resetData, seedReference } from "./reference";

/**
 * Replaces every row of the configured database (migrated already) with the dataset of
 * `options`. The same steps serve `npm run bench:seed` and the bench smoke test.
 */
export async function seedDataset(options: SeedOptions, restore: RestoreOptions, log: (line: string) => void): Promise<Record<string, number>> {
  const step = <T>(label: string, fn: () => Promise<T>) => timed(label, fn, log);
  const raw = await rawClient();
  // A run interrupted after dropping indexes left their definitions behind: rebuild first.
  await restoreSecondaryStructures(raw, restore);
  await step("truncate", () => resetData(raw));
  const reference = await step("reference data", () => seedReference());
  const counts: Record<string, number> = {};
  for (const module of SEED_MODULES) {
    await dropSecondaryStructures(raw, module.table);
    counts[module.table] = await step(`copy ${module.table}`, () => module.load({ raw, reference, options }, moduleSeed(options, module)));
  }
  await step("indexes and foreign keys", () => restoreSecondaryStructures(raw, restore));
  await step("analyze", () => raw.query("analyze"));
  return counts;
}
