import { Card } from "@/components/ui/card";
import { FieldOfWorkAddForm } from "@/components/settings/field-of-work-add-form";
import { FieldOfWorkRow } from "@/components/settings/field-of-work-row";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listFieldsOfWorkWithUsage } from "@/lib/server/fields-of-work/queries";

export const metadata = { title: "Arbeitsfelder" };

export default async function FieldsOfWorkPage() {
  await requireCoordinatorPage();
  const [{ t }, fields] = await Promise.all([getT(), listFieldsOfWorkWithUsage()]);
  const nextOrder = fields.reduce((max, f) => Math.max(max, f.sortOrder), 0) + 10;
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("settings.fieldsOfWork.title")}</h1>
      <p className="text-sm text-slate-600">{t("settings.fieldsOfWork.intro")}</p>
      <Card>
        <table className="w-full text-sm" data-testid="fields-of-work">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.id")}</th>
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.labelDe")}</th>
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.labelEn")}</th>
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.sortOrder")}</th>
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.partners")}</th>
              <th className="py-2 pr-2 font-medium">{t("settings.fieldsOfWork.status")}</th>
              <th className="py-2 font-medium"><span className="sr-only">{t("common.edit")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {fields.map((f) => <FieldOfWorkRow key={f.id} field={f} />)}
          </tbody>
        </table>
      </Card>
      <Card title={t("settings.fieldsOfWork.add")}>
        <FieldOfWorkAddForm nextOrder={nextOrder} />
      </Card>
    </div>
  );
}
