import Link from "next/link";
import type { TOutboxMail } from "@/lib/server/mail/outbox";
import { MailStatusBadge } from "./outbox-status";

type TProps = { mail: TOutboxMail; t: (key: string, values?: Record<string, string | number>) => string; formatDate: (d: Date) => string; open?: boolean };

/** One outbox mail: header line, text (secret links already removed unless live and opened), delivery state. */
export function OutboxMail({ mail: m, t, formatDate, open = false }: TProps) {
  return (
    <details open={open}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-2">
        <MailStatusBadge status={m.status} label={t(`admin.outbox.status.${m.status}`)} />
        <span className="font-medium">{m.subject}</span>
        <span className="text-slate-600">→ {m.to}</span>
        <span className="ml-auto text-xs text-slate-500">{formatDate(m.createdAt)}</span>
      </summary>
      {m.text === null ? (
        <p className="mt-2 text-sm italic text-slate-600">{t("admin.outbox.hiddenPersonal")}</p>
      ) : (
        <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-slate-700" data-testid="outbox-text">{m.text}</pre>
      )}
      {m.liveLink && !open && (
        <p className="mt-2 text-sm">
          <Link href={`/admin/outbox/${m.id}`} prefetch={false} className="text-brand-700 underline">
            {t("admin.outbox.openLink")}
          </Link>{" "}
          <span className="text-xs text-slate-500">{t("admin.outbox.openLinkAudited")}</span>
        </p>
      )}
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
  );
}
