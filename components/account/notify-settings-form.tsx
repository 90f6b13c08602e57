"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/input";
import { saveNotifySettingsAction } from "@/lib/actions/notifications/notifications";
import { useT } from "@/lib/i18n/client";
import { NOTIFY_MODES, ZNotifySettings, type TNotifySettings, type TNotifySettingsInput } from "@/lib/validations/notification";

/** The own e-mail setting for notifications (immediately / daily digest at an hour / off). */
export function NotifySettingsForm({ initial }: { initial: TNotifySettings }) {
  const { t } = useT();
  const [saved, setSaved] = useState(false);
  const form = useForm<TNotifySettingsInput, unknown, TNotifySettings>({ resolver: zodResolver(ZNotifySettings), defaultValues: initial });
  const { submit, formError } = useActionForm(form, (v) => saveNotifySettingsAction(v));
  const mode = useWatch({ control: form.control, name: "notifyEmail" });
  const onSubmit = submit(() => setSaved(true));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("notifications.settings.title")}>
      <p className="text-sm text-slate-600">{t("notifications.settings.intro")}</p>
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("notifications.settings.mode")} error={form.formState.errors.notifyEmail?.message}>
          <Select {...form.register("notifyEmail", { onChange: () => setSaved(false) })}>
            {NOTIFY_MODES.map((m) => <option key={m} value={m}>{t(`notifications.settings.${m}`)}</option>)}
          </Select>
        </Field>
        {mode === "DIGEST" && (
          <Field label={t("notifications.settings.hour")} error={form.formState.errors.digestHour?.message}>
            <Select {...form.register("digestHour", { onChange: () => setSaved(false) })}>
              {Array.from({ length: 24 }, (_, h) => <option key={h} value={h}>{t("notifications.settings.hourOption", { hour: String(h).padStart(2, "0") })}</option>)}
            </Select>
          </Field>
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>{t("notifications.settings.save")}</Button>
        <span role="status" className="text-sm text-brand-700">{saved ? t("notifications.settings.saved") : ""}</span>
      </div>
    </form>
  );
}
