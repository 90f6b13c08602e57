"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { setUserActiveAction, setUserRolesAction } from "@/lib/actions/users/manage-users";
import { useT } from "@/lib/i18n/client";

type TUser = { id: string; name: string; email: string; roles: string[]; active: boolean; lastSignInAt: string | null; partner: { id: string; name: string } | null };

export function UserRow({ user, self }: { user: TUser; self: boolean }) {
  const { t } = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const isPartner = user.roles.includes("PARTNER");
  async function run(fn: () => Promise<{ ok: boolean; code?: string; details?: Record<string, unknown> }>) {
    setPending(true);
    setError(null);
    const result = await fn();
    setPending(false);
    if (!result.ok) {
      const reason = result.details?.reason as string | undefined;
      return setError(reason ? `admin.users.${reason}` : `errors.${result.code}`);
    }
    router.refresh();
  }
  function toggleActive() {
    if (user.active && !window.confirm(t("admin.users.deactivateConfirm", { name: user.name }))) return;
    void run(() => setUserActiveAction({ userId: user.id, active: !user.active }));
  }
  function toggleAdmin() {
    const roles = user.roles.includes("ADMIN") ? ["COORDINATOR"] : ["COORDINATOR", "ADMIN"];
    void run(() => setUserRolesAction({ userId: user.id, roles: roles as ("ADMIN" | "COORDINATOR")[] }));
  }
  return (
    <tr data-testid="user-row" data-email={user.email}>
      <td className="px-3 py-2">
        <p className="font-medium">{user.name}{self && ` (${t("admin.users.you")})`}</p>
        <p className="text-slate-600">{user.email}</p>
        {user.partner && <p className="text-xs text-slate-500">{user.partner.name}</p>}
      </td>
      <td className="px-3 py-2">
        <span className="flex flex-wrap gap-1">{user.roles.map((r) => <Badge key={r} tone={r === "ADMIN" ? "amber" : "neutral"}>{t(`admin.roles.${r}`)}</Badge>)}</span>
      </td>
      <td className="px-3 py-2">{user.active ? <Badge tone="brand">{t("admin.users.active")}</Badge> : <Badge tone="red">{t("admin.users.inactive")}</Badge>}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap justify-end gap-1">
          {!isPartner && (
            <Button size="sm" variant="ghost" onClick={toggleAdmin} disabled={pending}>
              {user.roles.includes("ADMIN") ? t("admin.users.removeAdmin") : t("admin.users.makeAdmin")}
            </Button>
          )}
          <Button size="sm" variant={user.active ? "danger" : "secondary"} onClick={toggleActive} disabled={pending}>
            {user.active ? t("admin.users.deactivate") : t("admin.users.activate")}
          </Button>
        </div>
        {error && <p role="alert" className="mt-1 text-right text-xs text-red-700">{t(error)}</p>}
      </td>
    </tr>
  );
}
