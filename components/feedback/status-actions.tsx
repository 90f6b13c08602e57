"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { setFeedbackStatusAction } from "@/lib/actions/feedback/coordinator";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import type { TFeedbackStatus } from "@/lib/validations/feedback";

const NEXT: Record<TFeedbackStatus, { to: TFeedbackStatus; label: string }[]> = {
  OPEN: [
    { to: "IN_PROGRESS", label: "feedback.startProgress" },
    { to: "RESOLVED", label: "feedback.resolve" },
  ],
  IN_PROGRESS: [{ to: "RESOLVED", label: "feedback.resolve" }],
  RESOLVED: [{ to: "OPEN", label: "feedback.reopen" }],
};

/** Triage buttons: open → in progress → resolved, and reopening. */
export function StatusActions({ feedbackId, status }: { feedbackId: string; status: TFeedbackStatus }) {
  const { t } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<TErrorCode | null>(null);
  const [notice, setNotice] = useState("");
  async function move(to: TFeedbackStatus) {
    setPending(true);
    setError(null);
    const result = await setFeedbackStatusAction({ feedbackId, from: status, to });
    setPending(false);
    if (!result.ok) return setError(result.code);
    setNotice(t("feedback.statusChanged", { status: t(`feedback.status.${to}`) }));
    router.refresh();
  }
  return (
    <div className="space-y-2">
      <FormError code={error} />
      <div className="flex flex-wrap items-center gap-2">
        {NEXT[status].map((n) => (
          <Button key={n.to} variant={n.to === "RESOLVED" ? "primary" : "secondary"} size="sm" disabled={pending} onClick={() => move(n.to)}>
            {t(n.label)}
          </Button>
        ))}
        <span role="status" className="text-sm text-brand-700">{notice}</span>
      </div>
    </div>
  );
}
