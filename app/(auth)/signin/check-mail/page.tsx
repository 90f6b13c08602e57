import { AuthCard } from "@/components/layout/auth-card";
import { getT } from "@/lib/i18n/server";

export default async function CheckMailPage() {
  const { t } = await getT();
  return <AuthCard title={t("auth.checkMailTitle")} intro={t("auth.magicSent")}>{null}</AuthCard>;
}
