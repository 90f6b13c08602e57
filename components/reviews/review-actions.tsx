"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Textarea } from "@/components/ui/input";
import { reviewDraftAction } from "@/lib/actions/reviews/review-draft";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

export function ReviewActions({ draftId }: { draftId: string }) {
  const { t } = useT();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<TErrorCode | null>(null);
  const [pending, setPending] = useState(false);
  async function decide(decision: "APPROVE" | "REJECT") {
    setPending(true);
    const result = await reviewDraftAction({ draftId, decision, comment });
    setPending(false);
    if (result.ok) return router.refresh();
    setFieldError(result.fieldErrors?.comment);
    setError(result.code === "VALIDATION" ? null : result.code);
  }
  return (
    <div className="mt-4 space-y-2">
      <FormError code={error} />
      <Field label={t("review.comment")} error={fieldError} optional hint={t("review.commentHint")}>
        <Textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} />
      </Field>
      <div className="flex gap-2">
        <Button onClick={() => decide("APPROVE")} disabled={pending}>{t("review.approve")}</Button>
        <Button variant="danger" onClick={() => decide("REJECT")} disabled={pending}>{t("review.reject")}</Button>
      </div>
    </div>
  );
}
