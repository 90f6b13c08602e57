import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { listPartnerTasks } from "@/lib/server/tasks/queries";
import { NewTaskButton } from "./task-actions";
import type { TAssignee } from "./task-form";
import { TaskItem } from "./task-item";

/** The partner page's tasks: open ones first, then the last done ones. */
export async function PartnerTasks({ partnerId, archived, assignees, defaultAssigneeId, openNew }: { partnerId: string; archived: boolean; assignees: TAssignee[]; defaultAssigneeId: string; openNew: boolean }) {
  const [{ t, locale }, tasks] = await Promise.all([getT(), listPartnerTasks(partnerId)]);
  return (
    <div id="tasks" className="scroll-mt-4">
      <Card title={t("tasks.partnerSection")} actions={!archived && <NewTaskButton partnerId={partnerId} assignees={assignees} defaultAssigneeId={defaultAssigneeId} defaultOpen={openNew} />}>
        <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("tasks.open")}</h3>
        {tasks.open.length ? (
          <ul className="space-y-2">
            {tasks.open.map((task) => <TaskItem key={task.id} task={task} t={t} locale={locale} assignees={assignees} showPartner={false} />)}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("tasks.noOpen")}</p>
        )}
        {tasks.done.length > 0 && (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold text-slate-700">{t("tasks.done")} ({tasks.done.length})</summary>
            <ul className="mt-2 space-y-2">
              {tasks.done.map((task) => <TaskItem key={task.id} task={task} t={t} locale={locale} assignees={assignees} showPartner={false} />)}
            </ul>
          </details>
        )}
      </Card>
    </div>
  );
}
