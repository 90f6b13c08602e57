"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Textarea } from "@/components/ui/input";
import { createFeedbackAction } from "@/lib/actions/feedback/partner";
import { useT } from "@/lib/i18n/client";
import { FEEDBACK_KINDS, ZFeedbackCreate, type TFeedbackCreate } from "@/lib/validations/feedback";

/** A partner's new problem or suggestion; opens the new thread when sent. */
export function FeedbackForm() {
  const { t } = useT();
  const router = useRouter();
  const form = useForm<TFeedbackCreate>({ resolver: zodResolver(ZFeedbackCreate), defaultValues: { kind: "PROBLEM", title: "", body: "" } });
  const { submit, formError } = useActionForm(form, createFeedbackAction);
  const err = (name: keyof TFeedbackCreate) => form.formState.errors[name]?.message as string | undefined;
  return (
    <form onSubmit={submit((d) => router.push(`/portal/feedback/${d.id}?neu=1`))} noValidate className="space-y-3" aria-label={t("feedback.new")}>
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("feedback.kindLabel")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {FEEDBACK_KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2 rounded-md border border-slate-200 p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={k} className="mt-0.5 accent-brand-600" {...form.register("kind")} />
              <span>
                <span className="font-medium">{t(`feedback.kind.${k}`)}</span>
                <span className="block text-xs text-slate-600">{t(`feedback.kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("feedback.titleLabel")} error={err("title")}>
        <Input maxLength={150} {...form.register("title")} />
      </Field>
      <Field label={t("feedback.body")} error={err("body")}>
        <Textarea rows={5} {...form.register("body")} />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("feedback.sending") : t("feedback.send")}
      </Button>
    </form>
  );
}
