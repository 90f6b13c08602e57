"use client";
import { cloneElement, isValidElement, useId } from "react";
import { useT } from "@/lib/i18n/client";

type TFieldProps = {
  label: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  children: React.ReactElement<Record<string, unknown>>;
  className?: string;
};

/** Label + control + error message, wired with id/aria attributes. `error` is a catalogue key. */
export function Field({ label, error, hint, optional, children, className }: TFieldProps) {
  const { t } = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })
    : children;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
        {optional && <span className="ml-1 font-normal text-slate-500">({t("common.optional")})</span>}
      </label>
      {control}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700" role="alert">
          {t(error)}
        </p>
      )}
    </div>
  );
}
