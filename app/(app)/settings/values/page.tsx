import { Card } from "@/components/ui/card";
import { ValuesForm } from "@/components/agreements/values-form";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { currentValues } from "@/lib/server/agreements/values";

export const metadata = { title: "Werte der Zusammenarbeit" };

export default async function ValuesPage() {
  await requireCoordinatorPage();
  const [{ t }, values] = await Promise.all([getT(), currentValues()]);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("values.title")}</h1>
      <p className="text-sm text-slate-600">{t("values.intro")}</p>
      <Card title={t("values.current", { version: values?.version ?? 0 })}>
        <ValuesForm version={values?.version ?? 0} valuesText={values?.valuesText ?? ""} bodyText={values?.bodyText ?? ""} />
      </Card>
    </div>
  );
}
