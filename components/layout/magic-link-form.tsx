"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useT();
  const [state, setState] = useState<"idle" | "sending" | "sent" | "invalid">("idle");
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get("email") ?? "").trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return setState("invalid");
    setState("sending");
    await signIn("email", { email, callbackUrl, redirect: false });
    setState("sent");
  }
  if (state === "sent") return <p role="status" className="mt-2 rounded bg-brand-50 p-2 text-sm text-brand-800">{t("auth.magicSent")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2">
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="magic-email">{t("auth.magicEmail")}</label>
        <Input id="magic-email" name="email" type="email" autoComplete="email" placeholder={t("auth.email")} aria-invalid={state === "invalid" || undefined} aria-describedby="magic-error" />
        <Button type="submit" variant="secondary" disabled={state === "sending"}>{t("auth.magicSubmit")}</Button>
      </div>
      <p id="magic-error" role="alert" className="mt-1 text-sm text-red-700">{state === "invalid" ? t("validation.email") : ""}</p>
    </form>
  );
}
