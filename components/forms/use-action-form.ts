"use client";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { TActionResult } from "@/lib/actions/safe-action";
import type { TErrorCode } from "@/lib/errors";

/**
 * Runs a server action for a react-hook-form form: field errors from the
 * server land next to their fields, other errors in `formError`.
 */
export function useActionForm<T extends FieldValues, R>(form: UseFormReturn<T>, action: (values: T) => Promise<TActionResult<R>>) {
  const [formError, setFormError] = useState<{ code: TErrorCode; requestId?: string; message?: string } | null>(null);
  const submit = (onSuccess: (data: R) => void) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      const result = await action(values);
      if (result.ok) return onSuccess(result.data);
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<T>, { message });
      }
      setFormError({ code: result.code, requestId: result.requestId, message: result.message });
    });
  return { submit, formError };
}
