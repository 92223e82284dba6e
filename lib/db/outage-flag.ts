import "server-only";

/**
 * Whether this process has seen the database become unreachable and not yet seen it back.
 * Kept on globalThis with no imports: proxy.ts is bundled apart from the pages and actions
 * that set it, but runs in the same process.
 */
type OutageState = { down: boolean; since: number };

const KEY = Symbol.for("crm.databaseOutage");

function state(): OutageState {
  const holder = globalThis as typeof globalThis & { [KEY]?: OutageState };
  return (holder[KEY] ??= { down: false, since: 0 });
}

export function isDatabaseMarkedDown(): boolean {
  return state().down;
}

/** Returns true when this call changed the state from up to down. */
export function setDatabaseDown(): boolean {
  const s = state();
  if (s.down) return false;
  s.down = true;
  s.since = Date.now();
  return true;
}

export function setDatabaseUp(): void {
  state().down = false;
}
