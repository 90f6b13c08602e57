"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { signOutEverywhereAction } from "@/lib/actions/account/sign-out-everywhere";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

// Both end every session, this one included: a full load of the sign-in page drops every cached page.
// eslint-disable-next-line @next/next/no-location-assign-relative-destination
const toSignIn = () => window.location.assign("/signin?ended=1");

/** The own account: change the password, or sign out on every device. */
export function AccountPanel({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const { t } = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<TErrorCode | null>(null);
  const [pending, setPending] = useState<"password" | "everywhere" | null>(null);

  async function onChangePassword(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setPending("password");
    const result = await changePasswordAction({
      currentPassword: String(f.get("currentPassword") ?? ""),
      password: String(f.get("password") ?? ""),
      passwordRepeat: String(f.get("passwordRepeat") ?? ""),
    });
    setPending(null);
    if (result.ok) return toSignIn();
    setErrors(result.fieldErrors ?? {});
    setError(result.code === "VALIDATION" ? null : result.code);
  }

  async function onSignOutEverywhere() {
    setPending("everywhere");
    const result = await signOutEverywhereAction({});
    setPending(null);
    if (result.ok) return toSignIn();
    setError(result.code);
  }

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">{t("account.signedInAs", { email })}</p>
      {error && <FormError code={error} />}
      {hasPassword && (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">{t("account.passwordTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("account.passwordIntro")}</p>
          <form onSubmit={onChangePassword} noValidate className="mt-3 max-w-md space-y-3">
            <Field label={t("account.currentPassword")} error={errors.currentPassword}>
              <Input name="currentPassword" type="password" autoComplete="current-password" />
            </Field>
            <Field label={t("auth.newPassword")} error={errors.password} hint={t("auth.passwordHint")}>
              <Input name="password" type="password" autoComplete="new-password" />
            </Field>
            <Field label={t("auth.passwordRepeat")} error={errors.passwordRepeat}>
              <Input name="passwordRepeat" type="password" autoComplete="new-password" />
            </Field>
            <Button type="submit" disabled={pending !== null}>{t("account.changePassword")}</Button>
          </form>
        </section>
      )}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("account.sessionsTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("account.sessionsIntro")}</p>
        <Button variant="secondary" className="mt-3" onClick={onSignOutEverywhere} disabled={pending !== null}>
          {t("account.signOutEverywhere")}
        </Button>
      </section>
    </div>
  );
}
