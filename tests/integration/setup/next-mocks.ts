import { vi } from "vitest";

// Server actions call revalidatePath, which needs Next's request store; outside Next it is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
