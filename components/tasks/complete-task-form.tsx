"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select, Textarea } from "@/components/ui/input";
import { completeTaskAction } from "@/lib/actions/tasks/tasks";
import { ACTIVITY_KINDS } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import { ZCompleteTask, type TCompleteTask } from "@/lib/validations/task";
import { TaskFieldsInputs, type TAssignee } from "./task-form";

type TTaskRef = { id: string; version: number; title: string; assigneeId: string };

const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return d.toLocaleDateString("en-CA", { timeZone: "Europe/Berlin" });
};

/** Completes a task; offers to log it as an activity and to schedule the next one. */
export function CompleteTaskForm({ task, assignees, onDone }: { task: TTaskRef; assignees: TAssignee[]; onDone: (title: string) => void }) {
  const { t } = useT();
  const router = useRouter();
  const form = useForm<TCompleteTask>({
    resolver: zodResolver(ZCompleteTask),
    defaultValues: {
      id: task.id,
      version: task.version,
      logActivity: false,
      activity: { kind: "NOTE", summary: task.title },
      scheduleNext: false,
      next: { title: "", note: "", dueDate: inAWeek(), dueTime: "", assigneeId: task.assigneeId },
    },
  });
  const { submit, formError } = useActionForm(form, completeTaskAction);
  const [logActivity, scheduleNext] = useWatch({ control: form.control, name: ["logActivity", "scheduleNext"] });
  const errors = form.formState.errors;
  const onSubmit = submit(() => {
    onDone(task.title);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("logActivity")} className="size-4 accent-brand-600" />
        {t("tasks.logActivity")}
      </label>
      {logActivity && (
        <div className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-3">
          <Field label={t("tasks.activityKind")}>
            <Select {...form.register("activity.kind")}>
              {ACTIVITY_KINDS.map((k) => (
                <option key={k} value={k}>{t(`activityKinds.${k}`)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("tasks.activitySummary")} error={errors.activity?.summary?.message} className="sm:col-span-2">
            <Textarea rows={2} {...form.register("activity.summary")} />
          </Field>
        </div>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("scheduleNext")} className="size-4 accent-brand-600" />
        {t("tasks.scheduleNext")}
      </label>
      {scheduleNext && (
        <div className="space-y-3 rounded-md bg-slate-50 p-3">
          <TaskFieldsInputs
            register={(n) => form.register(n as "next.title")}
            err={(n) => errors.next?.[n]?.message}
            assignees={assignees}
            t={t}
            prefix="next."
          />
        </div>
      )}
      <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.saving") : t("tasks.completeSubmit")}
      </Button>
    </form>
  );
}
