"use client";
import { useT } from "@/lib/i18n/client";
import type { TErrorCode } from "@/lib/errors";
import { Button } from "./button";

/** The form-level error of an action result (its own message when it has one); a conflict offers a reload. */
export function FormError({ code, requestId, message }: { code?: TErrorCode | null; requestId?: string; message?: string }) {
  const { t } = useT();
  if (!code) return null;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p>{t(message ?? `errors.${code}`)}</p>
      {requestId && <p className="mt-1 text-xs">{t("app.requestId", { id: requestId })}</p>}
      {code === "CONFLICT" && (
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => window.location.reload()}>
          {t("errors.reload")}
        </Button>
      )}
    </div>
  );
}
