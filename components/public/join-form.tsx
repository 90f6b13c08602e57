"use client";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Textarea } from "@/components/ui/input";
import { startJoinFormAction, submitJoinAction } from "@/lib/actions/public/join";
import { useT } from "@/lib/i18n/client";
import type { TJoinRequest } from "@/lib/validations/join";

// The same zod schema as the server action, loaded when the visitor starts filling in
// the form: zod is the largest part of this page's JavaScript, and the public page
// should be interactive quickly on slow phones.
const loadResolver = () =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/lib/validations/join")]).then(([{ zodResolver }, { ZJoinRequest }]) => zodResolver(ZJoinRequest));
const lazyResolver: Resolver<TJoinRequest> = async (values, context, options) => (await loadResolver())(values, context, options);

const EMPTY: TJoinRequest = { name: "", organisation: "", email: "", phone: "", fieldsOfWork: [], message: "", consent: false, homepage: "", formToken: "" };

/** The public contact form: honeypot, signed start time, consent, and field messages from the same schema as the server. */
export function JoinForm({ fields }: { fields: readonly { id: string; label: string }[] }) {
  const { t } = useT();
  const id = useId();
  const [done, setDone] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const form = useForm<TJoinRequest>({ resolver: lazyResolver, defaultValues: EMPTY });
  const { submit, formError } = useActionForm(form, async (values) => {
    setRefusal(null);
    const result = await submitJoinAction(values);
    if (!result.ok) setRefusal(result.fieldErrors?._form ?? null);
    return result;
  });
  const token = useWatch({ control: form.control, name: "formToken" });

  useEffect(() => {
    let live = true;
    void startJoinFormAction({}).then((r) => {
      if (live && r.ok) form.setValue("formToken", r.data.token);
    });
    return () => {
      live = false;
    };
  }, [form]);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="rounded-lg border border-brand-100 bg-brand-50 p-5" data-testid="join-done">
        <p className="text-lg font-semibold text-brand-800">{t("public.join.doneTitle")}</p>
        <p className="mt-1 text-slate-800">{t("public.join.doneText")}</p>
      </div>
    );
  }

  const err = (name: keyof TJoinRequest) => form.formState.errors[name]?.message as string | undefined;
  const consentError = err("consent");
  // A refused id comes back as "fieldsOfWork.<i>": show it on the group.
  const itemErrors = form.formState.errors.fieldsOfWork as unknown as ({ message?: string } | undefined)[] | undefined;
  const fieldsError = err("fieldsOfWork") ?? (Array.isArray(itemErrors) ? itemErrors.find((e) => e?.message)?.message : undefined);
  return (
    <form
      onSubmit={submit(() => setDone(true))}
      onFocusCapture={() => void loadResolver()}
      noValidate
      className="relative space-y-4"
      aria-label={t("public.join.contactTitle")}
    >
      {refusal ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="join-refused">
          {t(refusal)}
        </p>
      ) : (
        <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("public.join.name")} error={err("name")}>
          <Input autoComplete="name" aria-required="true" {...form.register("name")} />
        </Field>
        <Field label={t("public.join.organisation")} error={err("organisation")} hint={t("public.join.organisationHint")} optional>
          <Input autoComplete="organization" {...form.register("organisation")} />
        </Field>
        <Field label={t("public.join.email")} error={err("email")}>
          <Input type="email" autoComplete="email" aria-required="true" {...form.register("email")} />
        </Field>
        <Field label={t("public.join.phone")} error={err("phone")} optional>
          <Input type="tel" autoComplete="tel" {...form.register("phone")} />
        </Field>
      </div>
      <fieldset aria-describedby={`${id}-fields-hint${fieldsError ? ` ${id}-fields-error` : ""}`}>
        <legend className="mb-1 text-sm font-medium text-slate-700">
          {t("public.join.fieldsOfWork")} <span className="font-normal text-slate-600">({t("common.optional")})</span>
        </legend>
        <p id={`${id}-fields-hint`} className="mb-2 text-xs text-slate-600">{t("public.join.fieldsOfWorkHint")}</p>
        <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {fields.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={f.id} className="h-4 w-4 accent-brand-600" {...form.register("fieldsOfWork")} />
              {f.label}
            </label>
          ))}
        </div>
        {fieldsError && <p id={`${id}-fields-error`} role="alert" className="mt-1 text-sm text-red-700">{t(fieldsError)}</p>}
      </fieldset>
      <Field label={t("public.join.message")} error={err("message")} hint={t("public.join.messageHint")}>
        <Textarea rows={6} aria-required="true" {...form.register("message")} />
      </Field>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${id}-consent-error` : undefined}
            aria-required="true"
            {...form.register("consent")}
          />
          <span>
            {t("public.join.consent")}{" "}
            <Link href="/datenschutz" className="text-brand-700 underline underline-offset-2">
              {t("public.join.consentPrivacy")}
            </Link>
          </span>
        </label>
        {consentError && <p id={`${id}-consent-error`} role="alert" className="mt-1 text-sm text-red-700">{t(consentError)}</p>}
      </div>
      {/* Honeypot: invisible and unreachable for people; bots that fill every field are refused. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-0 h-px w-px overflow-hidden">
        <label htmlFor={`${id}-homepage`}>{t("public.join.honeypot")}</label>
        <input id={`${id}-homepage`} type="text" tabIndex={-1} autoComplete="off" {...form.register("homepage")} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting || !token}>
        {form.formState.isSubmitting ? t("public.join.submitting") : t("public.join.submit")}
      </Button>
    </form>
  );
}
