"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { policyAction } from "@/lib/actions/action";
import { patientPolicy } from "@/lib/patients/policy";
import { updatePatientProfile } from "@/lib/patients/profile";
import { patientProfileSchema } from "@/lib/patients/schemas";
import { closePatientAccount } from "@/lib/patients/close-account";
import { closeAccountSchema } from "@/lib/users/schemas";
import { signOut } from "@/lib/auth/auth";

/** The patient's own profile; the service refuses another patient's id. */
export const updateMyProfileAction = policyAction(
  patientPolicy,
  "patient.edit_profile",
  patientProfileSchema,
  async (input, actor) => {
    const { changed } = await updatePatientProfile(actor, input);
    const t = await getTranslations("account.profile");
    // The language may have changed: the whole shell re-renders in it.
    revalidatePath("/", "layout");
    return { status: "success", message: changed.length ? t("saved") : t("unchanged") };
  },
);

/** Cancels the patient's future visits, deactivates the account and ends this session. */
export const closeMyAccountAction = policyAction(
  patientPolicy,
  "patient.edit_profile",
  closeAccountSchema,
  async (input, actor) => {
    await closePatientAccount(actor, input);
    await signOut({ redirectTo: "/login?signedOut=1" });
  },
);
