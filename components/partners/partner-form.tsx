"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createPartnerAction } from "@/lib/actions/partners/create-partner";
import { updatePartnerAction } from "@/lib/actions/partners/update-partner";
import { CIRCLES, PARTNER_KINDS, type TFieldOfWorkOption } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import { ZPartnerInput, type TPartnerInput } from "@/lib/validations/partner";
import { useActionForm } from "@/components/forms/use-action-form";

export const EMPTY_PARTNER: TPartnerInput = {
  kind: "ORGANISATION",
  name: "",
  fieldsOfWork: [],
  circle: "EXTENDED",
  street: "",
  postalCode: "",
  city: "Berlin",
  website: "",
  email: "",
  phone: "",
  notes: "",
};

/** `fields`: the active fields of work, plus inactive ones the partner already has. */
type TProps = { initial?: TPartnerInput; id?: string; version?: number; fields: TFieldOfWorkOption[] };

export function PartnerForm({ initial = EMPTY_PARTNER, id, version, fields }: TProps) {
  const { t } = useT();
  const router = useRouter();
  const form = useForm<TPartnerInput>({ resolver: zodResolver(ZPartnerInput), defaultValues: initial });
  // One key per opened form: resubmitting after a lost answer returns the partner created first.
  const [requestId] = useState(() => crypto.randomUUID());
  const { submit, formError } = useActionForm<TPartnerInput, { id: string }>(form, (values) =>
    id && version ? updatePartnerAction({ ...values, id, version }) : createPartnerAction({ ...values, requestId }),
  );
  const { register, formState } = form;
  const err = (name: keyof TPartnerInput) => formState.errors[name]?.message as string | undefined;

  const onSubmit = submit((data) => {
    router.push(`/partners/${data.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("partners.form.name")} error={err("name")} className="sm:col-span-2">
          <Input {...register("name")} autoComplete="organization" />
        </Field>
        <Field label={t("partners.form.kind")} error={err("kind")}>
          <Select {...register("kind")}>
            {PARTNER_KINDS.map((k) => (
              <option key={k} value={k}>{t(`kinds.${k}`)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("partners.form.fieldsOfWork")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {fields.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={f.id} {...register("fieldsOfWork")} className="size-4 accent-brand-600" />
              {f.active ? f.label : t("settings.fieldsOfWork.inactiveOption", { label: f.label })}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("partners.form.circle")} error={err("circle")}>
        <Select {...register("circle")} className="sm:w-64">
          {CIRCLES.map((c) => (
            <option key={c} value={c}>{t(`circles.${c}`)}</option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label={t("partners.form.street")} error={err("street")} optional className="sm:col-span-2">
          <Input {...register("street")} autoComplete="street-address" />
        </Field>
        <Field label={t("partners.form.postalCode")} error={err("postalCode")} optional>
          <Input {...register("postalCode")} inputMode="numeric" autoComplete="postal-code" />
        </Field>
        <Field label={t("partners.form.city")} error={err("city")} optional>
          <Input {...register("city")} autoComplete="address-level2" />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("partners.form.email")} error={err("email")} optional>
          <Input {...register("email")} type="email" autoComplete="email" />
        </Field>
        <Field label={t("partners.form.phone")} error={err("phone")} optional>
          <Input {...register("phone")} type="tel" autoComplete="tel" />
        </Field>
        <Field label={t("partners.form.website")} error={err("website")} optional>
          <Input {...register("website")} type="url" placeholder="https://" />
        </Field>
      </div>
      <Field label={t("partners.form.notes")} error={err("notes")} optional>
        <Textarea {...register("notes")} rows={4} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("common.saving") : id ? t("common.save") : t("partners.form.create")}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
