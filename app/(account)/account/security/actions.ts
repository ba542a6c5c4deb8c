"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/i18n/zod";
import { policyAction } from "@/lib/actions/action";
import { messagesForRequest } from "@/lib/i18n/request-translator";
import { mfaPolicy } from "@/lib/mfa/policy";
import { ENROLMENT_PATH } from "@/lib/mfa/rules";
import { confirmEnrolmentSchema, disableMfaSchema } from "@/lib/mfa/schemas";
import { confirmEnrolment, disableSecondFactor, regenerateRecoveryCodes, startEnrolment } from "@/lib/mfa/service";

const clientIp = async () => (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;

export const startEnrolmentAction = policyAction(mfaPolicy, "mfa.manage", z.object({}), async (_input, actor) => {
  await startEnrolment(actor);
  revalidatePath(ENROLMENT_PATH);
  return { status: "success", message: (await messagesForRequest())("account.security.started") };
});

// Not revalidated: the form keeps showing the recovery codes until the person moves on.
export const confirmEnrolmentAction = policyAction(
  mfaPolicy,
  "mfa.manage",
  confirmEnrolmentSchema,
  async (input, actor) => {
    const recoveryCodes = await confirmEnrolment(actor, input.code);
    return { status: "success", message: (await messagesForRequest())("account.security.enrolled"), recoveryCodes };
  },
);

export const regenerateRecoveryCodesAction = policyAction(
  mfaPolicy,
  "mfa.manage",
  z.object({}),
  async (_input, actor) => {
    const recoveryCodes = await regenerateRecoveryCodes(actor);
    revalidatePath(ENROLMENT_PATH);
    return { status: "success", message: (await messagesForRequest())("account.security.regenerated"), recoveryCodes };
  },
);

export const disableSecondFactorAction = policyAction(
  mfaPolicy,
  "mfa.manage",
  disableMfaSchema,
  async (input, actor) => {
    await disableSecondFactor(actor, input, await clientIp());
    revalidatePath(ENROLMENT_PATH);
    return { status: "success", message: (await messagesForRequest())("account.security.disabled") };
  },
);
