"use server";

import { getTranslations } from "next-intl/server";
import { publicAction } from "@/lib/actions/action";
import { confirmEmailChange } from "@/lib/users/email-change";
import { confirmEmailSchema } from "@/lib/users/schemas";

/** The link's token is the only key: it was sent to the new address, which proves the person reads it. */
export const confirmEmailChangeAction = publicAction(confirmEmailSchema, async (input) => {
  const { newEmail } = await confirmEmailChange(input.token);
  const t = await getTranslations("account.email");
  return { status: "success", message: t("confirmed", { email: newEmail }) };
});
