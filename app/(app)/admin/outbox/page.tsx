import { Badge } from "@/components/ui/badge";
import { requireAdminPage } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";
import { listOutbox } from "@/lib/server/mail/list-outbox";

export const metadata = { title: "Postausgang" };

export default async function OutboxPage() {
  await requireAdminPage();
  const [{ t, locale }, mails] = await Promise.all([getT(), listOutbox()]);
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
                  <Badge tone={m.status === "FAILED" ? "red" : m.status === "SENT" ? "brand" : "neutral"}>{t(`admin.outbox.status.${m.status}`)}</Badge>
                  <span className="font-medium">{m.subject}</span>
                  <span className="text-slate-600">→ {m.to}</span>
                  <span className="ml-auto text-xs text-slate-500">{m.createdAt.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" })}</span>
                </summary>
                <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-slate-700">{m.text}</pre>
                {m.error && <p className="mt-1 text-xs text-red-700">{m.error}</p>}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
