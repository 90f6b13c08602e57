"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { inviteUserAction } from "@/lib/actions/users/invite-user";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

export function InviteCoordinatorForm() {
  const { t } = useT();
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<TErrorCode | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const f = new FormData(formEl);
    const email = String(f.get("email") ?? "");
    const result = await inviteUserAction({ email, kind: "COORDINATOR", admin: f.get("admin") === "on" });
    if (result.ok) {
      setSent(email);
      setError(undefined);
      formEl.reset();
      return;
    }
    setError(result.fieldErrors?.email);
    setFormError(result.code === "VALIDATION" ? null : result.code);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <FormError code={formError} />
      <Field label={t("auth.email")} error={error} className="min-w-64 flex-1"><Input name="email" type="email" /></Field>
      <label className="flex h-9 items-center gap-2 text-sm"><input type="checkbox" name="admin" className="size-4 accent-brand-600" />{t("admin.roles.ADMIN")}</label>
      <Button type="submit">{t("invite.send")}</Button>
      {sent && <p role="status" className="w-full text-sm text-brand-800">{t("invite.sent", { email: sent })}</p>}
    </form>
  );
}
