import { AuthCard } from "@/components/layout/auth-card";
import { VerifyForm } from "@/components/agreements/verify-form";
import { getT } from "@/lib/i18n/server";

export const metadata = { title: "Vereinbarung prüfen" };

/** Public: anyone holding an agreement PDF can check it against the stored documents. */
export default async function VerifyPage() {
  const { t } = await getT();
  return (
    <AuthCard title={t("verify.title")} intro={t("verify.intro")}>
      <VerifyForm />
    </AuthCard>
  );
}
