"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { saveValuesAction } from "@/lib/actions/agreements/values";
import { useT } from "@/lib/i18n/client";
import { useActionRunner } from "./use-action-runner";

export function ValuesForm(props: { version: number; valuesText: string; bodyText: string }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  const [valuesText, setValuesText] = useState(props.valuesText);
  const [bodyText, setBodyText] = useState(props.bodyText);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => saveValuesAction({ valuesText, bodyText, basedOnVersion: props.version }), (d) => t("values.saved", { version: d.version }));
      }}
    >
      <Field label={t("values.valuesText")}><Textarea value={valuesText} onChange={(e) => setValuesText(e.target.value)} rows={8} /></Field>
      <Field label={t("values.bodyText")}><Textarea value={bodyText} onChange={(e) => setBodyText(e.target.value)} rows={8} /></Field>
      {message && <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-brand-700"}>{message.text}</p>}
      <Button type="submit" disabled={pending}>{t("values.save")}</Button>
    </form>
  );
}
