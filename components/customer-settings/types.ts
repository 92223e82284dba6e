import type { ActionResult } from "@/lib/shared/action-result";
import type { SettingFields } from "@/lib/customer-settings/model/inputs";

/** One status, class or tag as its settings page shows it. */
export type SettingItem = { id: number; name: string; color: string; customerCount: number; customersHref: string };

export type CreateSettingAction = (input: SettingFields) => Promise<ActionResult<{ id: number }>>;
export type UpdateSettingAction = (input: SettingFields & { id: number }) => Promise<ActionResult<void>>;

/** What the editor says after a change: shown, or only announced to screen readers. */
export type Notice = { text: string; visible: boolean };
