"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select, Textarea } from "@/components/ui/input";
import { coordinatorReplyAction } from "@/lib/actions/feedback/coordinator";
import { partnerReplyAction } from "@/lib/actions/feedback/partner";
import { useT } from "@/lib/i18n/client";
import { FEEDBACK_STATUSES, ZCoordinatorReply, type TCoordinatorReply, type TFeedbackStatus } from "@/lib/validations/feedback";

/** The reply box under a thread; coordinators choose the status the thread has afterwards. */
export function ReplyForm({ feedbackId, side, status }: { feedbackId: string; side: "partner" | "coordinator"; status: TFeedbackStatus }) {
  const { t } = useT();
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const coordinator = side === "coordinator";
  const form = useForm<TCoordinatorReply>({
    // One schema for both sides: a partner's form never shows the status, which keeps its current value.
    resolver: zodResolver(ZCoordinatorReply),
    defaultValues: { feedbackId, body: "", status },
  });
  const { submit, formError } = useActionForm(form, (v) => (coordinator ? coordinatorReplyAction(v) : partnerReplyAction({ feedbackId: v.feedbackId, body: v.body })));
  const err = (name: keyof TCoordinatorReply) => form.formState.errors[name]?.message as string | undefined;
  return (
    <form
      onSubmit={submit((d) => {
        form.reset({ feedbackId, body: "", status: d.status });
        setSent(true);
        router.refresh();
      })}
      noValidate
      className="space-y-3"
      aria-label={t("feedback.reply")}
    >
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} message={formError?.message} />
      <Field label={t("feedback.replyLabel")} error={err("body")} hint={!coordinator && status === "RESOLVED" ? t("feedback.replyReopens") : undefined}>
        <Textarea rows={4} {...form.register("body", { onChange: () => setSent(false) })} />
      </Field>
      <div className="flex flex-wrap items-end gap-3">
        {coordinator && (
          <Field label={t("feedback.statusAfterReply")} error={err("status")}>
            <Select {...form.register("status")}>
              {FEEDBACK_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`feedback.status.${s}`)}</option>
              ))}
            </Select>
          </Field>
        )}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("feedback.sending") : t("feedback.replySend")}
        </Button>
        <span role="status" className="text-sm text-brand-700">{sent ? t("feedback.replied") : ""}</span>
      </div>
    </form>
  );
}
