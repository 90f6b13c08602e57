"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { definePublicAction } from "@/lib/actions/safe-action";
import { signWithLink } from "@/lib/server/agreements/signing-links";
import { requestMeta } from "@/lib/server/request-meta";
import { ZSignAgreement } from "@/lib/validations/agreement";

/** Signing through a personal link: no session; the token (bound to an e-mail address) is the authority. */
export const signWithLinkAction = definePublicAction(
  { name: "agreements.signWithLink", schema: ZSignAgreement.extend({ token: z.string().min(20).max(100) }) },
  async ({ token, ...data }) => {
    const result = await signWithLink({ token, data, meta: await requestMeta() });
    revalidatePath("/agreements");
    revalidatePath(`/partners/${result.partnerId}`);
    return { agreementId: result.agreementId };
  },
);
