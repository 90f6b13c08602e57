"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { inviteUserAction } from "@/lib/actions/users/invite-user";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

/** Invites a contact person to the partner portal (single-use link, valid 7 days). */
export function InviteButton({ partnerId, email, name }: { partnerId: string; email: string; name: string }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState<{ code: TErrorCode; field?: string } | null>(null);
  async function send() {
    setState("sending");
    const result = await inviteUserAction({ email, kind: "PARTNER", partnerId });
    if (result.ok) return setState("sent");
    setState("idle");
    setError({ code: result.code, field: result.fieldErrors?.email });
  }
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => { setOpen(true); setState("idle"); setError(null); }} aria-label={t("invite.buttonFor", { name })}>
        {t("invite.button")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("invite.title")} description={t("invite.intro", { name, email })}>
        {state === "sent" ? (
          <div className="space-y-3">
            <p role="status" className="text-sm text-brand-800">{t("invite.sent", { email })}</p>
            <div className="flex justify-end"><Button variant="secondary" onClick={() => setOpen(false)}>{t("common.close")}</Button></div>
          </div>
        ) : (
          <div className="space-y-3">
            {error?.field ? <p role="alert" className="text-sm text-red-800">{t(error.field)}</p> : <FormError code={error?.code} />}
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
              <Button onClick={send} disabled={state === "sending"}>{state === "sending" ? t("common.saving") : t("invite.send")}</Button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
