"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { COORDINATOR_ROLES, defineAction } from "@/lib/actions/safe-action";
import { generateAgreement } from "@/lib/server/agreements/generate";
import { remindAgreement } from "@/lib/server/agreements/notify";
import { countersign, revokeAgreement, sendAgreement } from "@/lib/server/agreements/transitions";
import { requestMeta } from "@/lib/server/request-meta";
import { ZAgreementRef, ZRevokeAgreement, ZSignAgreement } from "@/lib/validations/agreement";
import { ZId } from "@/lib/validations/common";

function revalidate(partnerId: string) {
  revalidatePath(`/partners/${partnerId}`);
  revalidatePath("/agreements");
  revalidatePath("/board");
  revalidatePath("/portal");
}

export const generateAgreementAction = defineAction(
  { name: "agreements.generate", schema: z.object({ partnerId: ZId, agreementId: ZId.optional() }), roles: COORDINATOR_ROLES },
  async (data, actor) => {
    const result = await generateAgreement({ actor, ...data });
    revalidate(data.partnerId);
    return result;
  },
);

export const sendAgreementAction = defineAction({ name: "agreements.send", schema: ZAgreementRef, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await sendAgreement({ actor, ...data });
  revalidate(result.partnerId);
  return { recipients: result.recipients, signer: { name: result.link.name, email: result.link.email } };
});

export const remindAgreementAction = defineAction({ name: "agreements.remind", schema: ZAgreementRef.pick({ agreementId: true }), roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await remindAgreement({ actor, agreementId: data.agreementId });
  revalidatePath("/agreements");
  return result;
});

export const countersignAction = defineAction({ name: "agreements.countersign", schema: ZSignAgreement, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await countersign({ actor, data, meta: await requestMeta() });
  revalidate(result.partnerId);
  return result;
});

export const revokeAgreementAction = defineAction({ name: "agreements.revoke", schema: ZRevokeAgreement, roles: COORDINATOR_ROLES }, async (data, actor) => {
  const result = await revokeAgreement({ actor, data });
  revalidate(result.partnerId);
  return result;
});
