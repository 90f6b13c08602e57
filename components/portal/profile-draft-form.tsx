"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select } from "@/components/ui/input";
import { submitProfileAction } from "@/lib/actions/portal/submit-profile";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { MAX_BULLETS, MAX_BULLET_LENGTH, ZProfileDraft, type TProfileDraftInput } from "@/lib/validations/portal";
import { LogoUpload } from "./logo-upload";

type TInitial = { description: string[]; website: string; logoFileId?: string; publicContactId?: string };

export function ProfileDraftForm({ initial, contacts, disabled }: { initial: TInitial; contacts: { id: string; name: string }[]; disabled: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const [bullets, setBullets] = useState(() => Array.from({ length: MAX_BULLETS }, (_, i) => initial.description[i] ?? ""));
  const [website, setWebsite] = useState(initial.website);
  const [logoFileId, setLogoFileId] = useState(initial.logoFileId);
  const [publicContactId, setPublicContactId] = useState(initial.publicContactId ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ code: TErrorCode; message?: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const input: TProfileDraftInput = { description: bullets, website, logoFileId, publicContactId: publicContactId || undefined };
    const parsed = ZProfileDraft.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      return setErrors(next);
    }
    setErrors({});
    setPending(true);
    const result = await submitProfileAction(input);
    setPending(false);
    if (result.ok) return router.refresh();
    setErrors(result.fieldErrors ?? {});
    setFormError(result.code === "VALIDATION" ? null : { code: result.code, message: result.message });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError code={formError?.code} message={formError?.message} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("portal.profile.description")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("portal.profile.descriptionHint", { max: MAX_BULLETS, length: MAX_BULLET_LENGTH })}</p>
        <div className="space-y-2">
          {bullets.map((b, i) => (
            <Input
              key={i}
              value={b}
              maxLength={MAX_BULLET_LENGTH + 20}
              aria-label={t("portal.profile.bullet", { n: i + 1 })}
              aria-invalid={errors.description ? true : undefined}
              onChange={(e) => setBullets((xs) => xs.map((x, k) => (k === i ? e.target.value : x)))}
            />
          ))}
        </div>
        {errors.description && <p role="alert" className="mt-1 text-sm text-red-700">{t(errors.description)}</p>}
      </fieldset>
      <Field label={t("portal.profile.website")} error={errors.website} optional>
        <Input type="url" value={website} onChange={(e) => setWebsite(e.target.value)} placeholder="https://" />
      </Field>
      <LogoUpload fileId={logoFileId} onUploaded={setLogoFileId} disabled={disabled} />
      {errors.logoFileId && <p role="alert" className="text-sm text-red-700">{t(errors.logoFileId)}</p>}
      <Field label={t("portal.profile.publicContact")} error={errors.publicContactId} optional hint={t("portal.profile.publicContactHint")}>
        <Select value={publicContactId} onChange={(e) => setPublicContactId(e.target.value)}>
          <option value="">{t("portal.profile.noPublicContact")}</option>
          {contacts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={pending || disabled}>{pending ? t("common.saving") : t("portal.profile.submit")}</Button>
    </form>
  );
}
