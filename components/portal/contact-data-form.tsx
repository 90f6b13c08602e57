"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { updateContactDataAction } from "@/lib/actions/portal/update-contact-data";
import { useT } from "@/lib/i18n/client";
import { ZPartnerContactData, type TPartnerContactData } from "@/lib/validations/portal";

export function ContactDataForm({ initial, disabled }: { initial: TPartnerContactData; disabled: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<TPartnerContactData>({ resolver: zodResolver(ZPartnerContactData), defaultValues: initial });
  const { submit, formError } = useActionForm(form, updateContactDataAction);
  const err = (n: keyof TPartnerContactData) => form.formState.errors[n]?.message as string | undefined;
  const onSubmit = submit((data) => {
    form.reset({ ...form.getValues(), version: data.version });
    setSaved(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" onChange={() => setSaved(false)}>
      <p className="text-sm text-slate-600">{t("portal.contactData.intro")}</p>
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("partners.form.email")} error={err("email")} optional><Input type="email" {...form.register("email")} /></Field>
        <Field label={t("partners.form.phone")} error={err("phone")} optional><Input type="tel" {...form.register("phone")} /></Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <Field label={t("partners.form.street")} error={err("street")} optional className="sm:col-span-2"><Input {...form.register("street")} /></Field>
        <Field label={t("partners.form.postalCode")} error={err("postalCode")} optional><Input inputMode="numeric" {...form.register("postalCode")} /></Field>
        <Field label={t("partners.form.city")} error={err("city")} optional><Input {...form.register("city")} /></Field>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={disabled || form.formState.isSubmitting}>{form.formState.isSubmitting ? t("common.saving") : t("common.save")}</Button>
        <span role="status" className="text-sm text-brand-700">{saved ? t("common.saved") : ""}</span>
      </div>
    </form>
  );
}
