import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PartnerForm } from "@/components/partners/partner-form";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { fieldIdsOf, fieldOptions } from "@/lib/server/fields-of-work/queries";
import { getPartnerForEdit } from "@/lib/server/partners/get-partner";
import type { TPartnerInput } from "@/lib/validations/partner";

export const metadata = { title: "Partner bearbeiten" };

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCoordinatorPage();
  const { id } = await params;
  const [{ t, locale }, p] = await Promise.all([
    getT(),
    getPartnerForEdit(id).catch((err) => {
      if (err instanceof AppError) notFound();
      throw err;
    }),
  ]);
  const initial: TPartnerInput = {
    kind: p.kind,
    name: p.name,
    fieldsOfWork: fieldIdsOf(p.fieldsOfWork),
    circle: p.circle,
    street: p.street ?? "",
    postalCode: p.postalCode ?? "",
    city: p.city ?? "",
    website: p.website ?? "",
    email: p.email ?? "",
    phone: p.phone ?? "",
    notes: p.notes ?? "",
  };
  const fields = await fieldOptions(locale, { keep: initial.fieldsOfWork });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("partners.form.editTitle")}</h1>
      <Card>
        <PartnerForm initial={initial} id={p.id} version={p.version} fields={fields} />
      </Card>
    </div>
  );
}
