import { TaskItem } from "@/components/tasks/task-item";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { TASK_BUCKETS } from "@/lib/domain/task-due";
import { getT } from "@/lib/i18n/server";
import { listOpenTasks } from "@/lib/server/tasks/queries";
import { listCoordinators } from "@/lib/server/users/list-coordinators";
import { ZTaskListQuery } from "@/lib/validations/task";

export const metadata = { title: "Meine Aufgaben" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoordinatorPage();
  const raw = await searchParams;
  const query = ZTaskListQuery.parse({ who: raw.who, assignee: raw.assignee || undefined });
  const assigneeId = query.who === "me" ? actor.id : query.assignee;
  const [{ t, locale }, { groups, truncated }, coordinators] = await Promise.all([getT(), listOpenTasks({ assigneeId }), listCoordinators()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("tasks.title")}</h1>
      <form method="get" action="/tasks" role="search" className="flex flex-wrap items-end gap-3">
        <fieldset className="flex items-center gap-3 text-sm">
          <legend className="mb-1 text-xs font-medium text-slate-600">{t("tasks.filters.who")}</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="who" value="me" defaultChecked={query.who === "me"} className="accent-brand-600" /> {t("tasks.filters.me")}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="who" value="all" defaultChecked={query.who === "all"} className="accent-brand-600" /> {t("tasks.filters.all")}
          </label>
        </fieldset>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("tasks.filters.assignee")}</span>
          <Select name="assignee" defaultValue={query.assignee ?? ""} className="w-52">
            <option value="">{t("tasks.filters.anyone")}</option>
            {coordinators.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </label>
        <Button type="submit" variant="secondary" size="sm">{t("tasks.filters.apply")}</Button>
      </form>
      {truncated && <p className="text-sm text-amber-800">{t("tasks.truncated")}</p>}
      {TASK_BUCKETS.map((bucket) => (
        <section key={bucket} aria-labelledby={`bucket-${bucket}`} data-testid={`tasks-${bucket}`}>
          <h2 id={`bucket-${bucket}`} className={bucket === "overdue" && groups.overdue.length ? "mb-2 text-lg font-semibold text-red-800" : "mb-2 text-lg font-semibold"}>
            {t(`tasks.groups.${bucket}`)} <span className="text-sm font-normal text-slate-600">({groups[bucket].length})</span>
          </h2>
          {groups[bucket].length ? (
            <ul className="space-y-2">
              {groups[bucket].map((task) => <TaskItem key={task.id} task={task} t={t} locale={locale} assignees={coordinators} showPartner />)}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("tasks.groupEmpty")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
