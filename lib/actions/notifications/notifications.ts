"use server";
import { revalidatePath } from "next/cache";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { prisma } from "@/lib/db";
import { markAllRead, markRead } from "@/lib/server/notifications/mark-read";
import { writeAudit } from "@/lib/server/audit";
import { ZMarkAllRead, ZMarkRead, ZNotifySettings } from "@/lib/validations/notification";

export const markNotificationReadAction = defineAction({ name: "markNotificationRead", schema: ZMarkRead, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await markRead({ actor, id: data.id });
  revalidatePath("/notifications");
  return result;
});

export const markAllNotificationsReadAction = defineAction({ name: "markAllNotificationsRead", schema: ZMarkAllRead, roles: COORDINATOR_ROLES }, async (_data, actor) => {
  const result = await markAllRead({ actor });
  revalidatePath("/notifications");
  return result;
});

export const saveNotifySettingsAction = defineAction({ name: "saveNotifySettings", schema: ZNotifySettings, roles: COORDINATOR_ROLES }, async (data, actor) => {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { notifyEmail: true, digestHour: true } });
    await tx.user.update({ where: { id: actor.id }, data: { notifyEmail: data.notifyEmail, digestHour: data.digestHour } });
    await writeAudit(tx, { actorId: actor.id, action: "user.notifySettingsChanged", entity: "User", entityId: actor.id, data: { from: before, to: data } });
  });
  revalidatePath("/account");
  return { ok: true };
});
