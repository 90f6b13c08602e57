"use client";
import { Button } from "@/components/ui/button";
import { declineAgreementAction } from "@/lib/actions/agreements/partner";
import { useT } from "@/lib/i18n/client";
import { useActionRunner } from "./use-action-runner";

export function DeclineButton({ agreementId, version }: { agreementId: string; version: number }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  return (
    <div>
      <Button size="sm" variant="ghost" disabled={pending} onClick={() => window.confirm(t("agreements.declineConfirm")) && run(() => declineAgreementAction({ agreementId, version, reason: "" }))}>
        {t("agreements.decline")}
      </Button>
      {message && <p role="alert" className="text-sm text-red-700">{message.text}</p>}
    </div>
  );
}
