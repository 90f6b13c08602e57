"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/input";
import { archivePartnerAction, restorePartnerAction } from "@/lib/actions/partners/archive-partner";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

/** Archive (reason required) or restore (reason optional) with a confirmation dialog. */
export function ArchiveDialog({ id, version, archived }: { id: string; version: number; archived: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<TErrorCode | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const result = archived ? await restorePartnerAction({ id, version, reason }) : await archivePartnerAction({ id, version, reason });
    setPending(false);
    if (result.ok) {
      setOpen(false);
      setReason("");
      router.refresh();
      return;
    }
    setFieldError(result.fieldErrors?.reason);
    setError(result.code === "VALIDATION" ? null : result.code);
  }

  return (
    <>
      <Button variant={archived ? "secondary" : "danger"} size="sm" onClick={() => setOpen(true)}>
        {archived ? t("partners.detail.restore") : t("partners.detail.archive")}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={archived ? t("partners.detail.restoreTitle") : t("partners.detail.archiveTitle")}
        description={archived ? undefined : t("partners.detail.archiveIntro")}
      >
        <form onSubmit={confirm} noValidate className="space-y-3">
          <FormError code={error} />
          <Field label={t("common.reason")} error={fieldError} optional={archived}>
            <Textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
            <Button type="submit" variant={archived ? "primary" : "danger"} disabled={pending}>
              {archived ? t("partners.detail.restore") : t("partners.detail.archive")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
