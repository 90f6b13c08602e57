import { MailStatusBadge } from "@/components/admin/outbox-status";
import { requireAdminPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { listOutbox } from "@/lib/server/mail/list-outbox";

export const metadata = { title: "Postausgang" };

export default async function OutboxPage() {
  await requireAdminPage();
  const [{ t, locale }, mails] = await Promise.all([getT(), listOutbox()]);
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
              <details>
                <summary className="flex cursor-pointer flex-wrap items-center gap-2">
                  <MailStatusBadge status={m.status} label={t(`admin.outbox.status.${m.status}`)} />
                  <span className="font-medium">{m.subject}</span>
                  <span className="text-slate-600">→ {m.to}</span>
                  <span className="ml-auto text-xs text-slate-500">{formatDate(m.createdAt)}</span>
                </summary>
                <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-slate-700">{m.text}</pre>
                <p className="mt-1 text-xs text-slate-500">
                  {t("admin.outbox.attempts", { count: m.attempts })}
                  {m.sentAt && ` · ${t("admin.outbox.sentAt", { date: formatDate(m.sentAt) })}`}
                </p>
                {m.error && (
                  <p className="mt-1 text-xs text-red-700" role={m.status === "FAILED" ? "alert" : undefined}>
                    {t(m.status === "FAILED" ? "admin.outbox.failedAfter" : "admin.outbox.retrying", { error: m.error })}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
