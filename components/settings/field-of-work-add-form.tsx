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
import { createFieldOfWorkAction } from "@/lib/actions/settings/fields-of-work";
import { useT } from "@/lib/i18n/client";
import { ZFieldOfWorkCreate, type TFieldOfWorkCreate } from "@/lib/validations/field-of-work";

/** Adds a field of work; the id may stay empty (derived from the German label on the server). */
export function FieldOfWorkAddForm({ nextOrder }: { nextOrder: number }) {
  const { t } = useT();
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const defaults = (): TFieldOfWorkCreate => ({ id: "", labelDe: "", labelEn: "", sortOrder: nextOrder });
  const form = useForm<TFieldOfWorkCreate>({ resolver: zodResolver(ZFieldOfWorkCreate), defaultValues: defaults() });
  const { submit, formError } = useActionForm(form, createFieldOfWorkAction);
  const err = (name: keyof TFieldOfWorkCreate) => form.formState.errors[name]?.message as string | undefined;
  const onSubmit = submit((row) => {
    setAdded(row.id);
    form.reset({ ...defaults(), sortOrder: nextOrder + 10 });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("settings.fieldsOfWork.add")}>
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("settings.fieldsOfWork.labelDe")} error={err("labelDe")}>
          <Input {...form.register("labelDe")} />
        </Field>
        <Field label={t("settings.fieldsOfWork.labelEn")} error={err("labelEn")}>
          <Input {...form.register("labelEn")} />
        </Field>
        <Field label={t("settings.fieldsOfWork.id")} error={err("id")} hint={t("settings.fieldsOfWork.idHint")} optional>
          <Input {...form.register("id", { setValueAs: (v: string) => v.trim().toUpperCase() })} autoCapitalize="characters" spellCheck={false} />
        </Field>
        <Field label={t("settings.fieldsOfWork.sortOrder")} error={err("sortOrder")}>
          <Input type="number" min={0} step={10} {...form.register("sortOrder", { valueAsNumber: true })} />
        </Field>
      </div>
      {added && <p role="status" className="text-sm text-brand-700">{t("settings.fieldsOfWork.added", { id: added })}</p>}
      <Button type="submit" disabled={form.formState.isSubmitting}>{t("settings.fieldsOfWork.add")}</Button>
    </form>
  );
}
