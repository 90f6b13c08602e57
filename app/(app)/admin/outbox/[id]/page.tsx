import Link from "next/link";
import { notFound } from "next/navigation";
import { OutboxMail } from "@/components/admin/outbox-mail";
import { requireAdminPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { openOutboxMail } from "@/lib/server/mail/outbox";

export const metadata = { title: "Postausgang" };

/** One mail; a live secret link is shown here only, and each opening is audited. */
export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireAdminPage();
  const { id } = await params;
  const { t, locale } = await getT();
  const mail = await openOutboxMail({ viewer, id }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const formatDate = (d: Date) => d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" });
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/outbox" className="text-brand-700 underline">{t("admin.outbox.back")}</Link>
      </p>
      {mail.liveLink && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("admin.outbox.linkAudited")}</p>
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <OutboxMail mail={mail} t={t} formatDate={formatDate} open />
      </div>
    </div>
  );
}
