import { InviteCoordinatorForm } from "@/components/admin/invite-coordinator-form";
import { UserRow } from "@/components/admin/user-row";
import { Card } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listUsers } from "@/lib/server/users/manage-users";

export const metadata = { title: "Konten" };

export default async function UsersPage() {
  const actor = await requireAdminPage();
  const [{ t }, users] = await Promise.all([getT(), listUsers()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("admin.users.title")}</h1>
      <Card title={t("admin.users.invite")}>
        <InviteCoordinatorForm />
      </Card>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="users-table">
          <thead className="bg-slate-50 text-left text-xs uppercase text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">{t("admin.users.name")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.users.roles")}</th>
              <th scope="col" className="px-3 py-2">{t("admin.users.status")}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{t("admin.users.actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => <UserRow key={u.id} user={{ ...u, lastSignInAt: u.lastSignInAt?.toISOString() ?? null }} self={u.id === actor.id} />)}
          </tbody>
        </table>
      </div>
    </div>
  );
}
