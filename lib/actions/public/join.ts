"use server";
import { definePublicAction } from "@/lib/actions/safe-action";
import { issueFormToken } from "@/lib/server/public/form-token";
import { submitJoinRequest } from "@/lib/server/public/submit-join";
import { requestMeta } from "@/lib/server/request-meta";
import { ZJoinRequest, ZStartJoinForm } from "@/lib/validations/join";

/** Called when the contact form appears: the signed start time for the minimum fill time. */
export const startJoinFormAction = definePublicAction({ name: "join.start", schema: ZStartJoinForm }, async () => ({ token: issueFormToken() }));

/**
 * The public contact form. The answer never says whether the partner existed
 * already, so the form cannot be used to probe the pipeline.
 */
export const submitJoinAction = definePublicAction({ name: "join.submit", schema: ZJoinRequest }, async (data) => {
  const { ip } = await requestMeta();
  await submitJoinRequest({ data, ip });
  return { received: true };
});
