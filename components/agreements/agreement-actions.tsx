"use client";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { generateAgreementAction, remindAgreementAction, revokeAgreementAction, sendAgreementAction } from "@/lib/actions/agreements/coordinator";
import { useT } from "@/lib/i18n/client";
import { PaperUploadDialog } from "./paper-upload-dialog";
import { useActionRunner } from "./use-action-runner";

type TAgreement = { id: string; status: string; version: number };
export type TSigner = { name: string; email: string } | null;

/**
 * The coordinator's buttons for one agreement, depending on its status. `signer` is
 * who will receive the personal signing link (signerFor); sending is confirmed with
 * that name and address, and without one the send button says what is missing.
 */
export function AgreementActions({ partnerId, agreement, signer }: { partnerId: string; agreement: TAgreement; signer: TSigner }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  const [sendOpen, setSendOpen] = useState(false);
  const [revokeOpen, setRevokeOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [moveBack, setMoveBack] = useState(true);
  const [reasonError, setReasonError] = useState<string>();
  const ref = { agreementId: agreement.id, version: agreement.version };
  const s = agreement.status;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {s === "DRAFT" && (
          <>
            <Button size="sm" onClick={() => setSendOpen(true)} disabled={pending || !signer} aria-describedby={signer ? undefined : `no-signer-${agreement.id}`}>
              {t("agreements.send")}
            </Button>
            <Button size="sm" variant="secondary" onClick={() => run(() => generateAgreementAction({ partnerId, agreementId: agreement.id }), () => t("agreements.generated"))} disabled={pending}>
              {t("agreements.regenerate")}
            </Button>
          </>
        )}
        {s === "SENT" && (
          <Button size="sm" variant="secondary" onClick={() => run(() => remindAgreementAction({ agreementId: agreement.id }), () => t("agreements.reminded"))} disabled={pending}>
            {t("agreements.remind")}
          </Button>
        )}
        {s === "SIGNED_BY_PARTNER" && <Link href={`/agreements/${agreement.id}`} className={buttonClass("primary", "sm")}>{t("agreements.countersign")}</Link>}
        {["DRAFT", "SENT", "SIGNED_BY_PARTNER"].includes(s) && <PaperUploadDialog agreementId={agreement.id} version={agreement.version} />}
        {["DRAFT", "SENT", "SIGNED_BY_PARTNER", "ACTIVE"].includes(s) && (
          <Button size="sm" variant="ghost" onClick={() => setRevokeOpen(true)} disabled={pending}>{t("agreements.revoke")}</Button>
        )}
      </div>
      {s === "DRAFT" && !signer && <p id={`no-signer-${agreement.id}`} className="text-sm text-amber-800" data-testid="no-signer">{t("agreements.sign.noSigner")}</p>}
      {s === "SIGNED_BY_PARTNER" && <p className="text-sm text-amber-800" data-testid="waiting-countersign">{t("agreements.waitingForCountersign")}</p>}
      {message && <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-brand-700"}>{message.text}</p>}
      {signer && (
        <Dialog open={sendOpen} onOpenChange={setSendOpen} title={t("agreements.sendTitle")} description={t("agreements.sendIntro")}>
          <p className="text-sm" data-testid="send-recipient">{t("agreements.sign.linkSigner", { name: signer.name, email: signer.email })}</p>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setSendOpen(false)}>{t("common.cancel")}</Button>
            <Button
              disabled={pending}
              onClick={async () => {
                const result = await run(() => sendAgreementAction(ref), (d) => t("agreements.sentTo", { name: d.signer.name, email: d.signer.email }));
                if (result.ok) setSendOpen(false);
              }}
            >
              {t("agreements.sendConfirm")}
            </Button>
          </div>
        </Dialog>
      )}
      <Dialog open={revokeOpen} onOpenChange={setRevokeOpen} title={t("agreements.revokeTitle")} description={t("agreements.revokeIntro")}>
        <form
          noValidate
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const result = await run(() => revokeAgreementAction({ ...ref, reason, moveBack: s === "ACTIVE" && moveBack }));
            if (result.ok) setRevokeOpen(false);
            else setReasonError(result.fieldErrors?.reason);
          }}
        >
          <Field label={t("common.reason")} error={reasonError}><Textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} /></Field>
          {s === "ACTIVE" && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={moveBack} onChange={(e) => setMoveBack(e.target.checked)} className="size-4 accent-brand-600" />
              {t("agreements.moveBack")}
            </label>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setRevokeOpen(false)}>{t("common.cancel")}</Button>
            <Button type="submit" variant="danger" disabled={pending}>{t("agreements.revoke")}</Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}

export function GenerateAgreementButton({ partnerId }: { partnerId: string }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  return (
    <div>
      <Button size="sm" onClick={() => run(() => generateAgreementAction({ partnerId }), () => t("agreements.generated"))} disabled={pending}>
        {pending ? t("app.loading") : t("agreements.generate")}
      </Button>
      {message && <p role={message.tone === "error" ? "alert" : "status"} className="mt-1 text-sm">{message.text}</p>}
    </div>
  );
}
