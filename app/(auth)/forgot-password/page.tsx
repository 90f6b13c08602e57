import { AuthCard } from "@/components/layout/auth-card";
import { ForgotPasswordForm } from "@/components/layout/forgot-password-form";
import { getT } from "@/lib/i18n/server";

export const metadata = { title: "Passwort vergessen" };

export default async function ForgotPasswordPage() {
  const { t } = await getT();
  return (
    <AuthCard title={t("auth.forgotTitle")} intro={t("auth.forgotIntro")}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
