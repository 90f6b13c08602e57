"use server";
import { revalidatePath } from "next/cache";
import { definePartnerAction } from "@/lib/actions/safe-action";
import { declineAgreement, partnerSign } from "@/lib/server/agreements/transitions";
import { notifyCoordinationOfSignature } from "@/lib/server/agreements/signing-links";
import { requestMeta } from "@/lib/server/request-meta";
import { emptyToNull } from "@/lib/validations/common";
import { ZDeclineAgreement, ZSignAgreement } from "@/lib/validations/agreement";

// The partner id comes from the session: a partner can only sign or decline their own agreements.
export const partnerSignAction = definePartnerAction({ name: "agreements.partnerSign", schema: ZSignAgreement }, async (data, actor) => {
  const result = await partnerSign({ actor, partnerId: actor.partnerId, data, meta: await requestMeta() });
  await notifyCoordinationOfSignature(result);
  revalidatePath("/portal");
  revalidatePath("/agreements");
  return result;
});

export const declineAgreementAction = definePartnerAction({ name: "agreements.decline", schema: ZDeclineAgreement }, async (data, actor) => {
  await declineAgreement({ actor, partnerId: actor.partnerId, agreementId: data.agreementId, version: data.version, reason: emptyToNull(data.reason) });
  revalidatePath("/portal");
  revalidatePath("/agreements");
  return null;
});
