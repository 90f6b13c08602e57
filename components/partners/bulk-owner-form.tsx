"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { setOwnersAction } from "@/lib/actions/partners/set-owner";
import { useT } from "@/lib/i18n/client";

/** Assigns the selected rows of the partners table to one owner (each change audited on the server). */
export function BulkOwnerForm({ ids, owners, onDone }: { ids: string[]; owners: { id: string; name: string }[]; onDone: () => void }) {
  const { t } = useT();
  const router = useRouter();
  const id = useId();
  const [ownerId, setOwnerId] = useState("");
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={t("owners.bulkLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        setError("");
        start(async () => {
          const r = await setOwnersAction({ ids, ownerId });
          if (!r.ok) return setError(r.fieldErrors?.ownerId ? t(r.fieldErrors.ownerId) : t(`errors.${r.code}`));
          setStatus(t("owners.bulkDone", { count: r.data.changed }));
          onDone();
          router.refresh();
        });
      }}
    >
      <div>
        <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">{t("owners.bulkLabel")} ({ids.length})</label>
        <Select id={id} value={ownerId} onChange={(e) => setOwnerId(e.target.value)} className="w-52">
          <option value="">{t("owners.none")}</option>
          {owners.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || ids.length === 0}>{t("owners.bulkApply")}</Button>
      <span role="status" className="text-xs text-brand-700">{status}</span>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </form>
  );
}
