"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

/** Paper path: upload the scanned signed PDF and record who signed and when. */
export function PaperUploadDialog({ agreementId, version }: { agreementId: string; version: number }) {
  const { t } = useT();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = new FormData(e.currentTarget);
    body.set("version", String(version));
    setPending(true);
    const res = await fetch(`/api/agreements/${agreementId}/paper`, { method: "POST", body }).catch(() => null);
    setPending(false);
    const json = res ? await res.json().catch(() => ({})) : {};
    if (res?.ok) {
      setOpen(false);
      return router.refresh();
    }
    setErrors(json.field ? { [json.field]: json.message } : { _form: json.error === "CONFLICT" ? "agreements.errors.transition" : `errors.${json.error ?? "INTERNAL"}` });
  }
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => { setErrors({}); setOpen(true); }}>{t("agreements.paper")}</Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("agreements.paperTitle")}>
        <form onSubmit={onSubmit} noValidate className="space-y-3" encType="multipart/form-data">
          {errors._form && <p role="alert" className="text-sm text-red-700">{t(errors._form)}</p>}
          <Field label={t("agreements.paperFile")} error={errors.file}><Input type="file" name="file" accept="application/pdf" /></Field>
          <Field label={t("agreements.paperSignedBy")} error={errors.signedBy}><Input name="signedBy" /></Field>
          <Field label={t("agreements.paperSignedAt")} error={errors.signedAt}><Input type="date" name="signedAt" defaultValue={new Date().toISOString().slice(0, 10)} /></Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
            <Button type="submit" disabled={pending}>{pending ? t("portal.profile.uploading") : t("agreements.paper")}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
