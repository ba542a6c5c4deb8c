"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { publicAction } from "@/lib/actions/action";
import { clientIp } from "@/lib/http/client-ip";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/users/schemas";
import { requestPasswordReset, resetPasswordWithToken, resetRequestedMessage } from "@/lib/users/password-reset";
import { admitPasswordResetRequest } from "@/lib/users/request-limits";

export const requestPasswordResetAction = publicAction(forgotPasswordSchema, async (input) => {
  const ip = clientIp(await headers());
  await admitPasswordResetRequest(input.email, ip);
  // The look-up, the token and the email happen after the answer has gone, so the answer takes the
  // same path and time whether or not the address has an account.
  after(() => requestPasswordReset(input.email, new Date(), ip));
  return { status: "success", message: resetRequestedMessage };
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  await resetPasswordWithToken(input);
  redirect("/login?passwordSet=1");
});
