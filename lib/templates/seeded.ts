import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { templates } from "@/db/schema";
import { builtinFields } from "@/lib/templates/model/definition";
import type { FieldDefinition, TemplateKind } from "@/lib/templates/model/definition";

type Seed = { kind: TemplateKind; name: string; fields: FieldDefinition[] };

const address: FieldDefinition[] = [
  { key: "postalCode", type: "postal", label: "郵便番号", required: false },
  { key: "address", type: "text", label: "住所", required: false },
];

/** The templates a new installation starts with (first-run setup and the demo seed). */
export const SEEDED_TEMPLATES: Seed[] = [
  {
    kind: "customer",
    name: "標準",
    fields: [
      ...builtinFields("customer"),
      { key: "phone", type: "tel", label: "電話番号", required: false },
      { key: "email", type: "email", label: "メール", required: false },
      ...address,
      { key: "note", type: "textarea", label: "備考", required: false },
    ],
  },
  {
    kind: "organization",
    name: "標準",
    fields: [
      ...builtinFields("organization"),
      ...address,
      { key: "phone", type: "tel", label: "電話番号", required: false },
      { key: "industry", type: "text", label: "業種", required: false },
      { key: "note", type: "textarea", label: "備考", required: false },
    ],
  },
  {
    kind: "report",
    name: "商談記録",
    fields: [
      { key: "meetingAt", type: "datetime", label: "商談日時", required: true },
      { key: "dealAmount", type: "money", label: "商談額", required: false },
      { key: "content", type: "textarea", label: "内容", required: true },
      { key: "nextAction", type: "textarea", label: "次回アクション", required: false },
    ],
  },
  {
    kind: "report",
    name: "来社履歴",
    fields: [
      { key: "visitedAt", type: "datetime", label: "来社日時", required: true },
      {
        key: "purpose",
        type: "select",
        label: "来社目的",
        required: true,
        options: ["モデルハウス見学", "打ち合わせ", "契約", "アフター相談", "その他"],
      },
      { key: "content", type: "textarea", label: "内容", required: false },
    ],
  },
];

/** Adds the seeded templates of every kind that has none yet; the first of a kind is its default. */
export async function ensureSeededTemplates(tx: Pick<Database, "select" | "insert">): Promise<void> {
  for (const kind of ["customer", "organization", "report"] as const) {
    const [row] = await tx
      .select({ n: count() })
      .from(templates)
      .where(and(eq(templates.kind, kind)));
    if ((row?.n ?? 0) > 0) continue;
    const seeds = SEEDED_TEMPLATES.filter((s) => s.kind === kind);
    await tx.insert(templates).values(seeds.map((s, i) => ({ ...s, isDefault: i === 0 })));
  }
}
