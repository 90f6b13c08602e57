"use server";
import { definePublicAction } from "@/lib/actions/safe-action";
import { acceptInvite } from "@/lib/server/users/invite";
import { ZAcceptInvite } from "@/lib/validations/user";

export const acceptInviteAction = definePublicAction({ name: "acceptInvite", schema: ZAcceptInvite }, (data) => acceptInvite(data));
