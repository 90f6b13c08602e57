import { OutboxMail } from "@/components/admin/outbox-mail";
import { requireAdminPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { listOutbox } from "@/lib/server/mail/outbox";

export const metadata = { title: "Postausgang" };

export default async function OutboxPage() {
  const viewer = await requireAdminPage();
  const [{ t, locale }, mails] = await Promise.all([getT(), listOutbox({ viewer })]);
  const formatDate = (d: Date) => d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("admin.outbox.title")}</h1>
      <p className="text-sm text-slate-600">{env().SMTP_URL ? t("admin.outbox.smtp") : t("admin.outbox.noSmtp")}</p>
      {mails.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{t("admin.outbox.empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <OutboxMail mail={m} t={t} formatDate={formatDate} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
