"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { TStage } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import type { TBoardCard } from "@/lib/server/board/get-board";

/** Moving back needs a reason; the server checks it too (decideMove). */
export function MoveBackDialog({ move, onCancel, onConfirm }: { move: { card: TBoardCard; to: TStage } | null; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const { t } = useT();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  // Also on the Cancel button: a controlled Dialog does not call onOpenChange when `move` goes null.
  const cancel = () => {
    setReason("");
    setError(undefined);
    onCancel();
  };
  return (
    <Dialog
      open={Boolean(move)}
      onOpenChange={(open) => {
        if (!open) onCancel();
        setReason("");
        setError(undefined);
      }}
      title={t("board.moveBackTitle")}
      description={move ? t("board.moveBackIntro", { name: move.card.name, from: t(`stages.${move.card.stage}`), to: t(`stages.${move.to}`) }) : undefined}
    >
      <form
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length < 3) return setError("board.moveErrors.reasonRequired");
          onConfirm(reason.trim());
          setReason("");
          setError(undefined);
        }}
      >
        <Field label={t("common.reason")} error={error}>
          <Textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={500} autoFocus />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={cancel}>{t("common.cancel")}</Button>
          <Button type="submit">{t("board.moveBackSubmit")}</Button>
        </div>
      </form>
    </Dialog>
  );
}
