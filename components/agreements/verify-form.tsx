"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/client";

type TResult =
  | { match: false; sha256: string }
  | { match: true; sha256: string; copy: "original" | "partnerSigned" | "final" | "paper"; isFinal: boolean; partnerName: string; valuesVersion: number | null; finalSince: string | null; ended: string | null };

const day = (iso: string) => new Date(iso).toLocaleDateString("de-DE", { timeZone: "Europe/Berlin" });

export function VerifyForm() {
  const { t } = useT();
  const [result, setResult] = useState<TResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    const hash = String(form.get("sha256") ?? "").trim();
    setError(null);
    setResult(null);
    const hasFile = file instanceof File && file.size > 0;
    if (!hasFile && !hash) return setError("verify.missing");
    setPending(true);
    const res = hasFile
      ? await fetch("/api/verify", { method: "POST", body: form })
      : await fetch("/api/verify", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sha256: hash }) });
    setPending(false);
    const json = await res.json().catch(() => ({}));
    if (!res.ok) return setError(json.message ?? `errors.${json.error ?? "INTERNAL"}`);
    setResult(json as TResult);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
      <Field label={t("verify.file")}><Input type="file" name="file" accept="application/pdf" /></Field>
      <Field label={t("verify.hash")}><Input name="sha256" autoComplete="off" spellCheck={false} /></Field>
      {error && <p role="alert" className="text-sm text-red-700">{t(error)}</p>}
      <Button type="submit" disabled={pending}>{t("verify.submit")}</Button>
      <div role="status" data-testid="verify-result">
        {result && (result.match ? (
          <div className={result.isFinal ? "rounded bg-brand-50 p-2 text-sm text-brand-800" : "rounded bg-amber-50 p-2 text-sm text-amber-900"} data-copy={result.copy}>
            <p className="font-medium">{t(`verify.copy.${result.copy}`, { partner: result.partnerName, version: result.valuesVersion ?? "—" })}</p>
            {!result.isFinal && (
              <p className="mt-1">{result.finalSince ? t("verify.finalExists", { date: day(result.finalSince) }) : t("verify.noFinalYet")}</p>
            )}
            {result.ended && <p className="mt-1">{t(`verify.ended.${result.ended}`)}</p>}
          </div>
        ) : (
          <p className="rounded bg-red-50 p-2 text-sm text-red-800">{t("verify.noMatch")}</p>
        ))}
      </div>
    </form>
  );
}
