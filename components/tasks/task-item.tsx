import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { TTranslate } from "@/lib/i18n/translate";
import type { TTaskView } from "@/lib/server/tasks/queries";
import { TaskActions } from "./task-actions";
import type { TAssignee } from "./task-form";

/** "03.12.2026" from "2026-12-03" (a calendar day, no time zone involved). */
export function formatDueDay(day: string, locale: string) {
  const [y, m, d] = day.split("-");
  return locale === "de" ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

export function taskTitle(t: TTranslate, task: { title: string; kind: string }) {
  return task.kind === "MANUAL" ? task.title : t(`tasks.auto.${task.kind}`);
}

export function DueLabel({ t, locale, task }: { t: TTranslate; locale: string; task: { dueDate: string; dueTime: string | null; overdue: boolean } }) {
  const date = formatDueDay(task.dueDate, locale);
  return (
    <span className={cn("text-xs", task.overdue ? "font-semibold text-red-700" : "text-slate-600")}>
      {task.dueTime ? t("tasks.dueAt", { date, time: task.dueTime }) : t("tasks.due", { date })}
      {task.overdue && <> · {t("tasks.overdue")}</>}
    </span>
  );
}

/** One task as a list item (server-rendered); the buttons are the one client part. */
export function TaskItem({ task, t, locale, assignees, showPartner }: { task: TTaskView; t: TTranslate; locale: string; assignees: TAssignee[]; showPartner: boolean }) {
  const title = taskTitle(t, task);
  return (
    <li className={cn("rounded-md border p-3 text-sm", task.overdue ? "border-red-300 bg-red-50" : "border-slate-200 bg-white")} data-testid="task" data-task-id={task.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">
            {title} {task.kind !== "MANUAL" && <Badge tone="blue">{t("tasks.automatic")}</Badge>}
          </p>
          {showPartner && (
            <Link href={`/partners/${task.partnerId}`} className="text-brand-700 hover:underline">
              {task.partnerName}
            </Link>
          )}
          <p className="flex flex-wrap gap-x-2">
            {task.status === "OPEN" ? (
              <DueLabel t={t} locale={locale} task={task} />
            ) : (
              <span className="text-xs text-slate-600">
                {t("tasks.doneBy", { name: task.completedByName ?? "—", date: task.completedAt ? new Date(task.completedAt).toLocaleDateString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" }) : "—" })}
              </span>
            )}
            <span className="text-xs text-slate-600">{t("tasks.assignedTo", { name: task.assigneeName })}</span>
          </p>
          {task.note && <p className="mt-1 whitespace-pre-line text-xs text-slate-700">{task.note}</p>}
        </div>
        <TaskActions task={{ ...task, title }} assignees={assignees} canEdit={task.kind === "MANUAL"} />
      </div>
    </li>
  );
}
