"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { setConsentAction } from "@/lib/actions/portal/set-consent";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

export function ConsentToggle({ consentAt, disabled }: { consentAt: string | null; disabled: boolean }) {
  const { t, locale } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TErrorCode | null>(null);
  async function toggle() {
    if (consentAt && !window.confirm(t("portal.consent.withdrawConfirm"))) return;
    setPending(true);
    const result = await setConsentAction({ consent: !consentAt });
    setPending(false);
    if (!result.ok) return setError(result.code);
    router.refresh();
  }
  return (
    <div className="space-y-2 text-sm">
      <FormError code={error} />
      <p data-testid="consent-state">
        {consentAt
          ? t("portal.consent.given", { date: new Date(consentAt).toLocaleDateString(locale === "de" ? "de-DE" : "en-GB") })
          : t("portal.consent.missing")}
      </p>
      <p className="text-slate-600">{t("portal.consent.explain")}</p>
      <Button variant={consentAt ? "secondary" : "primary"} onClick={toggle} disabled={pending || disabled}>
        {consentAt ? t("portal.consent.withdraw") : t("portal.consent.give")}
      </Button>
    </div>
  );
}
