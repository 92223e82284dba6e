import type { Metadata } from "next";
import { FeatureSwitch } from "@/components/settings/feature-switch";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { listFeatureSettings } from "@/lib/features/queries";
import { formatDateTime } from "@/lib/shared/format";
import { messages } from "@/messages";

const t = messages.settings;
export const metadata: Metadata = { title: `${t.features} - ${t.general}` };

export default async function FeaturesPage() {
  await pageAdmin();
  const features = await listFeatureSettings();
  return (
    <>
      <Breadcrumbs items={[{ label: t.title, href: "/settings" }, { label: t.general }, { label: t.features }]} />
      <PageHeader title={t.features} description={t.featuresLead} />
      <Card className="divide-y divide-slate-100">
        {features.map((f) => (
          <div key={f.key} className="flex items-start gap-4 px-5 py-5">
            <div className="min-w-0 flex-1">
              <h2 id={`feature-${f.key}-label`} className="font-medium">
                {f.label}
              </h2>
              <p className="mt-1 text-sm text-slate-600">{f.description}</p>
              <p className="mt-2 text-xs text-slate-500">
                {t.lastChanged}:{" "}
                {f.updatedAt ? `${formatDateTime(f.updatedAt)}(${f.updatedByName ?? "削除されたユーザー"})` : t.neverChanged}
              </p>
            </div>
            <FeatureSwitch featureKey={f.key} label={f.label} enabled={f.enabled} />
          </div>
        ))}
      </Card>
    </>
  );
}
