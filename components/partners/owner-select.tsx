"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/input";
import { setOwnerAction } from "@/lib/actions/partners/set-owner";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";

/** Sets or changes the partner's owner ("Zuständig") on the partner page. */
export function OwnerSelect({ partnerId, version, ownerId, owners }: { partnerId: string; version: number; ownerId: string | null; owners: { id: string; name: string }[] }) {
  const { t } = useT();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(ownerId ?? "");
  const [error, setError] = useState<{ code: TErrorCode; field?: string } | null>(null);
  const [status, setStatus] = useState("");
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        start(async () => {
          const r = await setOwnerAction({ id: partnerId, version, ownerId: value });
          if (!r.ok) return setError({ code: r.code, field: r.fieldErrors?.ownerId });
          setStatus(t("owners.saved"));
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor={id} className="mb-1 block text-xs font-medium uppercase tracking-wide text-slate-500">{t("owners.label")}</label>
        <Select id={id} value={value} onChange={(e) => setValue(e.target.value)} className="w-52" aria-invalid={error?.field ? true : undefined}>
          <option value="">{t("owners.none")}</option>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
        {error?.field && <p className="mt-1 text-sm text-red-700" role="alert">{t(error.field)}</p>}
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || value === (ownerId ?? "")}>{t("owners.save")}</Button>
      <span role="status" className="text-xs text-brand-700">{status}</span>
      {error && !error.field && <FormError code={error.code} />}
    </form>
  );
}
