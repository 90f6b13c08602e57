import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";

/** Admin pages warn while no mail server is configured: the outbox then holds live sign-in links. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { t } = await getT();
  return (
    <>
      {!env().SMTP_URL && (
        <p role="alert" data-testid="no-smtp-warning" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("admin.noSmtpWarning")}
        </p>
      )}
      {children}
    </>
  );
}
