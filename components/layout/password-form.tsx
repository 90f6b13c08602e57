"use client";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { acceptInviteAction } from "@/lib/actions/users/accept-invite";
import { resetPasswordAction } from "@/lib/actions/users/password-reset";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

/** Sets a password through a single-use link: accepting an invitation (with name) or a reset. */
export function PasswordForm({ token, mode }: { token: string; mode: "invite" | "reset" }) {
  const { t } = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<TErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const base = { token, password: String(f.get("password") ?? ""), passwordRepeat: String(f.get("passwordRepeat") ?? "") };
    setPending(true);
    const result = mode === "invite" ? await acceptInviteAction({ ...base, name: String(f.get("name") ?? "") }) : await resetPasswordAction(base);
    setPending(false);
    if (result.ok) return setDone(true);
    setErrors(result.fieldErrors ?? {});
    setError(result.code === "VALIDATION" ? null : result.code);
  }
  if (done) {
    return (
      <p role="status" className="mt-4 text-sm">
        {t(mode === "invite" ? "auth.inviteDone" : "auth.resetDone")}{" "}
        <Link href="/signin" className="text-brand-700 underline">{t("auth.submit")}</Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      {error && <FormError code={error} />}
      {mode === "invite" && (
        <Field label={t("auth.name")} error={errors.name}><Input name="name" autoComplete="name" /></Field>
      )}
      <Field label={t("auth.newPassword")} error={errors.password} hint={t("auth.passwordHint")}>
        <Input name="password" type="password" autoComplete="new-password" />
      </Field>
      <Field label={t("auth.passwordRepeat")} error={errors.passwordRepeat}>
        <Input name="passwordRepeat" type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>{t("auth.setPassword")}</Button>
    </form>
  );
}
