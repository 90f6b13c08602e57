"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createTaskAction, updateTaskAction } from "@/lib/actions/tasks/tasks";
import { useT } from "@/lib/i18n/client";
import { ZTaskFields, type TTaskFields } from "@/lib/validations/task";

export type TAssignee = { id: string; name: string };
export type TTaskDraft = TTaskFields & { id?: string; version?: number };

/** Create (with `partnerId`) or edit (with `task.id`) a task. */
export function TaskForm({ partnerId, task, assignees, onDone }: { partnerId: string; task: TTaskDraft; assignees: TAssignee[]; onDone: () => void }) {
  const { t } = useT();
  const router = useRouter();
  const form = useForm<TTaskFields>({ resolver: zodResolver(ZTaskFields), defaultValues: task });
  const { submit, formError } = useActionForm(form, (v) =>
    task.id && task.version ? updateTaskAction({ ...v, id: task.id, version: task.version }) : createTaskAction({ ...v, partnerId }),
  );
  const err = (name: keyof TTaskFields) => form.formState.errors[name]?.message as string | undefined;
  const onSubmit = submit(() => {
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError code={formError?.code === "VALIDATION" ? null : formError?.code} requestId={formError?.requestId} />
      <TaskFieldsInputs register={(n) => form.register(n as keyof TTaskFields)} err={err} assignees={assignees} t={t} />
      <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.saving") : task.id ? t("tasks.save") : t("tasks.create")}
      </Button>
    </form>
  );
}


/** The task's fields; `prefix` nests them (the "next task" part of the complete dialog). */
export function TaskFieldsInputs({
  register,
  err,
  assignees,
  t,
  prefix = "",
}: {
  register: (name: string) => UseFormRegisterReturn<string>;
  err: (name: keyof TTaskFields) => string | undefined;
  assignees: TAssignee[];
  t: (key: string) => string;
  prefix?: string;
}) {
  const name = (n: keyof TTaskFields) => `${prefix}${n}`;
  return (
    <>
      <Field label={t("tasks.fields.title")} error={err("title")}>
        <Input {...register(name("title"))} maxLength={200} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("tasks.fields.dueDate")} error={err("dueDate")}>
          <Input type="date" {...register(name("dueDate"))} />
        </Field>
        <Field label={t("tasks.fields.dueTime")} error={err("dueTime")} optional>
          <Input type="time" {...register(name("dueTime"))} />
        </Field>
        <Field label={t("tasks.fields.assignee")} error={err("assigneeId")}>
          <Select {...register(name("assigneeId"))}>
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("tasks.fields.note")} error={err("note")} optional>
        <Textarea rows={2} {...register(name("note"))} />
      </Field>
    </>
  );
}
