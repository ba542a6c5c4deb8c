"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { policyAction } from "@/lib/actions/action";
import { accountPolicy } from "@/lib/users/policy";
import { changePassword, updateOwnAccount } from "@/lib/users/account";
import { requestEmailChange } from "@/lib/users/email-change";
import { accountSchema, changeEmailSchema, changePasswordSchema } from "@/lib/users/schemas";

export const updateMyAccountAction = policyAction(
  accountPolicy,
  "account.manage_own",
  accountSchema,
  async (input, actor) => {
    const { changed } = await updateOwnAccount(actor, input);
    const t = await getTranslations("account");
    revalidatePath("/", "layout"); // the header shows the name, in the language chosen
    return { status: "success", message: changed.length ? t("page.saved") : t("profile.unchanged") };
  },
);

export const changePasswordAction = policyAction(
  accountPolicy,
  "account.manage_own",
  changePasswordSchema,
  async (input, actor) => {
    const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
    await changePassword(actor, input, ip);
    const t = await getTranslations("account.password");
    return { status: "success", message: t("changed") };
  },
);

export const requestEmailChangeAction = policyAction(
  accountPolicy,
  "account.manage_own",
  changeEmailSchema,
  async (input, actor) => {
    await requestEmailChange(actor, input);
    const t = await getTranslations("account.email");
    return { status: "success", message: t("sent", { email: input.newEmail }) };
  },
);
