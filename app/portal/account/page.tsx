import { AccountPanel } from "@/components/account/account-panel";
import { requirePartnerPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getAccount } from "@/lib/server/users/get-account";

export const metadata = { title: "Mein Konto" };

export default async function PortalAccountPage() {
  const actor = await requirePartnerPage();
  const [{ t }, account] = await Promise.all([getT(), getAccount(actor.id)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
      <AccountPanel email={account.email} hasPassword={account.hasPassword} />
    </>
  );
}
