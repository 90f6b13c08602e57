import { AccountPanel } from "@/components/account/account-panel";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getAccount } from "@/lib/server/users/get-account";
import { NotifySettingsForm } from "@/components/account/notify-settings-form";
import { Card } from "@/components/ui/card";
import { prisma } from "@/lib/db";

export const metadata = { title: "Mein Konto" };

export default async function AccountPage() {
  const actor = await requireCoordinatorPage();
  const [{ t }, account, notify] = await Promise.all([
    getT(),
    getAccount(actor.id),
    prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { notifyEmail: true, digestHour: true } }),
  ]);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
      <AccountPanel email={account.email} hasPassword={account.hasPassword} />
      <Card title={t("notifications.settings.title")}>
        <NotifySettingsForm initial={notify} />
      </Card>
    </div>
  );
}
