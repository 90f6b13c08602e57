import { AuthCard } from "@/components/layout/auth-card";
import { PasswordForm } from "@/components/layout/password-form";
import { getT } from "@/lib/i18n/server";
import { getInvite } from "@/lib/server/users/invite";

export const metadata = { title: "Einladung" };

export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getT();
  const { token = "" } = await searchParams;
  const invite = token && token.length <= 200 ? await getInvite(token) : null;
  if (!invite) return <AuthCard title={t("auth.inviteTitle")}><p role="alert" className="mt-3 text-sm text-red-800">{t("auth.inviteInvalid")}</p></AuthCard>;
  return (
    <AuthCard title={t("auth.inviteTitle")} intro={invite.partnerName ? t("auth.inviteIntroPartner", { partner: invite.partnerName, email: invite.email }) : t("auth.inviteIntro", { email: invite.email })}>
      <PasswordForm token={token} mode="invite" />
    </AuthCard>
  );
}
