"use client";
import { Button } from "@/components/ui/button";
import { remindAgreementAction } from "@/lib/actions/agreements/coordinator";
import { useT } from "@/lib/i18n/client";
import { useActionRunner } from "./use-action-runner";

export function RemindButton({ agreementId }: { agreementId: string }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => remindAgreementAction({ agreementId }), () => t("agreements.reminded"))}>
        {t("agreements.remind")}
      </Button>
      {message && <span role="status" className="text-xs">{message.text}</span>}
    </span>
  );
}
