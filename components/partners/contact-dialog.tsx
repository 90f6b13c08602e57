"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/actions/safe-action";
import { useT } from "@/lib/i18n/client";
import { ZContactInput, type TContactInput, type TContactUpdate } from "@/lib/validations/contact";
import { useActionForm } from "@/components/forms/use-action-form";

type TExisting = TContactInput & { id: string; version: number };

/** Server actions for contacts: the coordinator's, or the portal's (scoped to the caller's partner). */
export type TContactActions = {
  add: (data: TContactInput) => Promise<TActionResult<{ id: string }>>;
  update: (data: TContactUpdate) => Promise<TActionResult<{ id: string }>>;
  setPrimary?: (data: { partnerId: string; contactId: string }) => Promise<TActionResult<null>>;
};

type TProps = { partnerId: string; existing?: TExisting; actions: TContactActions; trigger: (open: () => void) => React.ReactNode };

export function ContactDialog({ partnerId, existing, actions, trigger }: TProps) {
  const { t } = useT();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const defaults: TContactInput = existing ?? { partnerId, name: "", function: "", email: "", phone: "", isPrimary: false, publicConsent: false };
  const form = useForm<TContactInput>({ resolver: zodResolver(ZContactInput), defaultValues: defaults });
  const { submit, formError } = useActionForm(form, (values) =>
    existing ? actions.update({ ...values, id: existing.id, version: existing.version }) : actions.add(values),
  );
  const err = (name: keyof TContactInput) => form.formState.errors[name]?.message as string | undefined;
  const onSubmit = submit(() => {
    setOpen(false);
    form.reset(defaults);
    router.refresh();
  });

  return (
    <>
      {trigger(() => {
        form.reset(defaults);
        setOpen(true);
      })}
      <Dialog open={open} onOpenChange={setOpen} title={existing ? t("contacts.editTitle") : t("contacts.addTitle")}>
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
          <Field label={t("contacts.name")} error={err("name")}>
            <Input {...form.register("name")} autoComplete="name" />
          </Field>
          <Field label={t("contacts.function")} error={err("function")} optional>
            <Input {...form.register("function")} autoComplete="organization-title" />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("contacts.email")} error={err("email")} optional>
              <Input {...form.register("email")} type="email" autoComplete="email" />
            </Field>
            <Field label={t("contacts.phone")} error={err("phone")} optional>
              <Input {...form.register("phone")} type="tel" autoComplete="tel" />
            </Field>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("isPrimary")} className="size-4 accent-brand-600" />
            {t("contacts.isPrimary")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("publicConsent")} className="size-4 accent-brand-600" />
            {t("contacts.publicConsent")}
          </label>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("common.cancel")}</Button>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
