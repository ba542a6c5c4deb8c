"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/users/schemas";
import { requestPasswordReset, resetPasswordWithToken, resetRequestedMessage } from "@/lib/users/password-reset";

export const requestPasswordResetAction = publicAction(forgotPasswordSchema, async (input) => {
  await requestPasswordReset(input.email);
  return { status: "success", message: resetRequestedMessage };
});

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  await resetPasswordWithToken(input);
  redirect("/login?passwordSet=1");
});
