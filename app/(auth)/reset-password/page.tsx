import { AuthCard } from "@/components/layout/auth-card";
import { PasswordForm } from "@/components/layout/password-form";
import { getT } from "@/lib/i18n/server";

export const metadata = { title: "Neues Passwort" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getT();
  const { token = "" } = await searchParams;
  return (
    <AuthCard title={t("auth.resetTitle")}>
      <PasswordForm token={token.slice(0, 200)} mode="reset" />
    </AuthCard>
  );
}
