"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import { logActivityAction } from "@/lib/actions/activities/log-activity";
import { ACTIVITY_KINDS } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import { ZActivityInput, type TActivityInput } from "@/lib/validations/activity";
import { useActionForm } from "@/components/forms/use-action-form";

const nowLocal = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

export function ActivityForm({ partnerId }: { partnerId: string }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const defaults = (): TActivityInput => ({ partnerId, kind: "NOTE", occurredAt: nowLocal(), summary: "", location: "" });
  const form = useForm<TActivityInput>({ resolver: zodResolver(ZActivityInput), defaultValues: defaults() });
  // datetime-local has no zone; send an ISO instant so the server stores the user's local time correctly.
  const { submit, formError } = useActionForm(form, (v) => logActivityAction({ ...v, occurredAt: new Date(v.occurredAt).toISOString() }));
  const err = (name: keyof TActivityInput) => form.formState.errors[name]?.message as string | undefined;
  const onSubmit = submit(() => {
    form.reset(defaults());
    setDone(true);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-md bg-slate-50 p-3" aria-label={t("activities.log")}>
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("activities.kind")} error={err("kind")}>
          <Select {...form.register("kind")}>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>{t(`activityKinds.${k}`)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("activities.occurredAt")} error={err("occurredAt")}>
          <Input type="datetime-local" {...form.register("occurredAt")} />
        </Field>
        <Field label={t("activities.location")} error={err("location")} optional>
          <Input {...form.register("location")} />
        </Field>
      </div>
      <Field label={t("activities.summary")} error={err("summary")}>
        <Textarea rows={2} {...form.register("summary", { onChange: () => setDone(false) })} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("common.saving") : t("activities.log")}
        </Button>
        <span role="status" className="text-sm text-brand-700">{done ? t("activities.logged") : ""}</span>
      </div>
    </form>
  );
}
