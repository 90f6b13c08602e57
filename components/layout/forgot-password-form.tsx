"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { requestResetAction } from "@/lib/actions/users/password-reset";
import { useT } from "@/lib/i18n/client";

export function ForgotPasswordForm() {
  const { t } = useT();
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const result = await requestResetAction({ email: String(new FormData(e.currentTarget).get("email") ?? "") });
    if (result.ok) return setSent(true);
    setError(result.fieldErrors?.email ?? `errors.${result.code}`);
  }
  if (sent) return <p role="status" className="mt-4 rounded bg-brand-50 p-2 text-sm text-brand-800">{t("auth.forgotSent")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      <Field label={t("auth.email")} error={error}><Input name="email" type="email" autoComplete="email" /></Field>
      <Button type="submit" className="w-full">{t("auth.forgotSubmit")}</Button>
    </form>
  );
}
