"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { reopenTaskAction } from "@/lib/actions/tasks/tasks";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { CompleteTaskForm } from "./complete-task-form";
import { TaskForm, type TAssignee } from "./task-form";

export type TTaskActionData = {
  id: string;
  version: number;
  partnerId: string;
  title: string;
  note: string | null;
  dueDate: string;
  dueTime: string | null;
  assigneeId: string;
  status: "OPEN" | "DONE";
};

/** Complete (with the optional activity and next task), edit and reopen one task. */
export function TaskActions({ task, assignees, canEdit = true }: { task: TTaskActionData; assignees: TAssignee[]; canEdit?: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const [dialog, setDialog] = useState<"complete" | "edit" | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<TErrorCode | null>(null);
  const [pending, start] = useTransition();
  const close = () => setDialog(null);
  if (task.status === "DONE") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await reopenTaskAction({ id: task.id, version: task.version });
              if (!r.ok) return setError(r.code);
              setStatus(t("tasks.reopened"));
              router.refresh();
            })
          }
        >
          {t("tasks.reopen")}
        </Button>
        <FormError code={error} />
        <span role="status" className="text-xs text-brand-700">{status}</span>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="secondary" onClick={() => setDialog("complete")} aria-label={`${t("tasks.complete")}: ${task.title}`}>
        {t("tasks.complete")}
      </Button>
      {canEdit && (
        <Button size="sm" variant="ghost" onClick={() => setDialog("edit")} aria-label={`${t("tasks.edit")}: ${task.title}`}>
          {t("tasks.edit")}
        </Button>
      )}
      <span role="status" className="text-xs text-brand-700">{status}</span>
      <Dialog open={dialog === "complete"} onOpenChange={(o) => setDialog(o ? "complete" : null)} title={t("tasks.completeTitle")} description={task.title}>
        <CompleteTaskForm
          task={task}
          assignees={assignees}
          onDone={(title) => {
            close();
            setStatus(t("tasks.completed", { title }));
          }}
        />
      </Dialog>
      <Dialog open={dialog === "edit"} onOpenChange={(o) => setDialog(o ? "edit" : null)} title={t("tasks.editTitle")}>
        <TaskForm
          partnerId={task.partnerId}
          task={{ id: task.id, version: task.version, title: task.title, note: task.note ?? "", dueDate: task.dueDate, dueTime: task.dueTime ?? "", assigneeId: task.assigneeId }}
          assignees={withCurrent(assignees, task.assigneeId)}
          onDone={() => {
            close();
            setStatus(t("tasks.saved"));
          }}
        />
      </Dialog>
    </div>
  );
}

const withCurrent = (list: TAssignee[], id: string) => (list.some((a) => a.id === id) ? list : [...list, { id, name: "—" }]);

/** "Neue Aufgabe" with its dialog; opens at once when the board card's link asked for it (?task=new). */
export function NewTaskButton({ partnerId, assignees, defaultAssigneeId, defaultOpen = false }: { partnerId: string; assignees: TAssignee[]; defaultAssigneeId: string; defaultOpen?: boolean }) {
  const { t } = useT();
  const [open, setOpen] = useState(defaultOpen);
  const [status, setStatus] = useState("");
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
  return (
    <div className="flex items-center gap-2">
      <Button size="sm" onClick={() => setOpen(true)}>{t("tasks.new")}</Button>
      <span role="status" className="text-xs text-brand-700">{status}</span>
      <Dialog open={open} onOpenChange={setOpen} title={t("tasks.new")}>
        <TaskForm
          partnerId={partnerId}
          task={{ title: "", note: "", dueDate: today, dueTime: "", assigneeId: defaultAssigneeId }}
          assignees={assignees}
          onDone={() => {
            setOpen(false);
            setStatus(t("tasks.created"));
          }}
        />
      </Dialog>
    </div>
  );
}
