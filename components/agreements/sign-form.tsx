"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/actions/safe-action";
import { scriptsPrintable } from "@/lib/domain/printable-name";
import { useT } from "@/lib/i18n/client";
import type { TSignAgreement } from "@/lib/validations/agreement";

type TProps = {
  agreementId: string;
  version: number;
  documentSha256: string;
  defaultName: string;
  coordination?: boolean;
  action: (data: TSignAgreement & { token?: string }) => Promise<TActionResult<unknown>>;
  /** Personal signing link: the token goes with the signature. */
  token?: string;
  doneText?: string;
};

/** Online signature: full name, function, and confirmation of authority; bound to the hash of the document shown. */
export function SignForm({ agreementId, version, documentSha256, defaultName, coordination, action, token, doneText }: TProps) {
  const { t } = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [name, setName] = useState(defaultName);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setPending(true);
    const result = await action({
      agreementId, version, documentSha256,
      name: String(f.get("name") ?? ""), function: String(f.get("function") ?? ""), authorised: (f.get("authorised") === "on") as true,
      latinName: String(f.get("latinName") ?? ""),
      ...(token ? { token } : {}),
    });
    setPending(false);
    if (result.ok) {
      setDone(true);
      return router.refresh();
    }
    setErrors(result.fieldErrors ?? {});
    const reason = result.details?.reason as string | undefined;
    setFormError(result.code === "VALIDATION" ? null : result.message ?? (reason ? `agreements.errors.${reason}` : `errors.${result.code}`));
  }
  if (done) return <p role="status" className="rounded bg-brand-50 p-3 text-sm text-brand-800">{doneText ?? t("agreements.sign.done")}</p>;
  const needsLatin = !scriptsPrintable(name) || Boolean(errors.latinName);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("agreements.sign.title")}>
      <p className="text-sm text-slate-600">{t("agreements.sign.intro")}</p>
      {formError && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">{t(formError)}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("agreements.sign.name")} error={errors.name}><Input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" /></Field>
        <Field label={t("agreements.sign.function")} error={errors.function}><Input name="function" autoComplete="organization-title" /></Field>
      </div>
      {needsLatin && (
        <Field label={t("agreements.sign.latinName")} error={errors.latinName} hint={t("agreements.sign.latinHint")}>
          <Input name="latinName" autoComplete="off" lang="en" />
        </Field>
      )}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="authorised" className="mt-0.5 size-4 accent-brand-600" aria-describedby="authorised-error" />
        {coordination ? t("agreements.sign.authorisedCoordination") : t("agreements.sign.authorised")}
      </label>
      {errors.authorised && <p id="authorised-error" role="alert" className="text-sm text-red-700">{t(errors.authorised)}</p>}
      <p className="text-xs text-slate-500">{t("agreements.sign.hash")}: <code className="break-all" data-testid="document-hash">{documentSha256}</code></p>
      <Button type="submit" disabled={pending}>{pending ? t("common.saving") : t("agreements.sign.submit")}</Button>
    </form>
  );
}
