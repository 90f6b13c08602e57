"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { setupAdminAction } from "@/lib/actions/users/setup-admin";
import { useT } from "@/lib/i18n/client";
import { ZSetupAdmin, type TSetupAdmin } from "@/lib/validations/user";

export function SetupForm({ token }: { token: string }) {
  const { t } = useT();
  const [done, setDone] = useState(false);
  const form = useForm<TSetupAdmin>({ resolver: zodResolver(ZSetupAdmin), defaultValues: { token, name: "", email: "", password: "", passwordRepeat: "" } });
  const { submit, formError } = useActionForm(form, setupAdminAction);
  const err = (n: keyof TSetupAdmin) => form.formState.errors[n]?.message as string | undefined;
  if (done) {
    return (
      <p role="status" className="mt-3 text-sm">
        {t("auth.setupDone")} <Link className="text-brand-700 underline" href="/signin">{t("auth.submit")}</Link>
      </p>
    );
  }
  return (
    <form onSubmit={submit(() => setDone(true))} noValidate className="mt-4 space-y-3">
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} />
      <Field label={t("auth.name")} error={err("name")}><Input {...form.register("name")} autoComplete="name" /></Field>
      <Field label={t("auth.email")} error={err("email")}><Input type="email" {...form.register("email")} autoComplete="username" /></Field>
      <Field label={t("auth.password")} error={err("password")}><Input type="password" {...form.register("password")} autoComplete="new-password" /></Field>
      <Field label={t("auth.passwordRepeat")} error={err("passwordRepeat")}><Input type="password" {...form.register("passwordRepeat")} autoComplete="new-password" /></Field>
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>{t("auth.setupSubmit")}</Button>
    </form>
  );
}
