import { Card } from "@/components/ui/card";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";

export const metadata = { title: "Neuer Partner" };

export default async function NewPartnerPage() {
  await requireCoordinatorPage();
  const { t, locale } = await getT();
  const fields = await fieldOptions(locale);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("partners.form.createTitle")}</h1>
      <Card>
        <PartnerForm fields={fields} />
      </Card>
    </div>
  );
}
