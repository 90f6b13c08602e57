"use client";
import { useT } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

// Users never see a stack trace: a calm message, the digest to quote, and a retry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useT();
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold">{t("app.genericError")}</h1>
      {error.digest && <p className="mt-2 text-sm text-slate-600">{t("app.requestId", { id: error.digest })}</p>}
      <Button className="mt-4" onClick={reset}>{t("errors.reload")}</Button>
    </main>
  );
}
