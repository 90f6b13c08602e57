"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/input";
import { previewJoinPageAction, saveJoinPageAction } from "@/lib/actions/settings/join-page";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { MarkdownHtml } from "./markdown";

/** Markdown textarea with a preview rendered by the server's sanitiser (what the public page will show). */
export function JoinPageEditor(props: { markdown: string; basedOn: string; initialPreview: string }) {
  const { t } = useT();
  const router = useRouter();
  const [markdown, setMarkdown] = useState(props.markdown);
  const [basedOn, setBasedOn] = useState(props.basedOn);
  const [preview, setPreview] = useState(props.initialPreview);
  const [pending, setPending] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<TErrorCode | null>(null);
  const [saved, setSaved] = useState(false);

  async function showPreview() {
    setPending(true);
    const result = await previewJoinPageAction({ markdown });
    setPending(false);
    if (result.ok) setPreview(result.data.html);
    else setError(result.code);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setSaved(false);
    setError(null);
    setFieldError(undefined);
    const result = await saveJoinPageAction({ markdown, basedOn });
    setPending(false);
    if (!result.ok) {
      setFieldError(result.fieldErrors?.markdown);
      return setError(result.code === "VALIDATION" ? null : result.code);
    }
    setBasedOn(result.data.updatedAt);
    setSaved(true);
    void showPreview();
    router.refresh();
  }

  return (
    <form onSubmit={save} noValidate className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-3">
        <FormError code={error} />
        <Field label={t("public.settings.markdown")} hint={t("public.settings.markdownHint")} error={fieldError}>
          <Textarea
            value={markdown}
            onChange={(e) => {
              setMarkdown(e.target.value);
              setSaved(false);
            }}
            rows={22}
            className="font-mono text-sm"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={pending}>{t("public.settings.save")}</Button>
          <Button variant="secondary" onClick={showPreview} disabled={pending}>{t("public.settings.preview")}</Button>
          <span role="status" className="text-sm text-brand-700">{saved ? t("public.settings.saved") : ""}</span>
        </div>
      </div>
      <section aria-labelledby="join-preview" className="rounded-md border border-dashed border-slate-300 p-4">
        <h2 id="join-preview" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("public.settings.preview")}</h2>
        {preview ? <MarkdownHtml html={preview} /> : <p className="text-sm text-slate-600">{t("public.settings.previewEmpty")}</p>}
      </section>
    </form>
  );
}
