"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

type TError = "CredentialsSignin" | "forbidden" | "link" | "RATE_LIMITED" | null;
const MESSAGES: Record<Exclude<TError, null>, string> = {
  CredentialsSignin: "auth.failed",
  forbidden: "errors.FORBIDDEN",
  link: "auth.linkInvalid",
  RATE_LIMITED: "auth.rateLimited",
};

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: TError }) {
  const { t } = useT();
  const [error, setError] = useState<TError>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!res || res.error) {
      setPending(false);
      setError(res?.error === "RATE_LIMITED" ? "RATE_LIMITED" : "CredentialsSignin");
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
      <Field label={t("auth.email")}>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field label={t("auth.password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800">
          {t(MESSAGES[error])}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
