"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { policyAction } from "@/lib/actions/action";
import { patientPolicy } from "@/lib/patients/policy";
import { updatePatientProfile } from "@/lib/patients/profile";
import { patientProfileSchema } from "@/lib/patients/schemas";

/** Any patient's profile, through the service the patient uses; the audit names the administrator. */
export const updatePatientProfileAsAdminAction = policyAction(
  patientPolicy,
  "patient.manage_any",
  patientProfileSchema,
  async (input, actor) => {
    const { changed } = await updatePatientProfile(actor, input);
    const t = await getTranslations("account.profile");
    revalidatePath(`/admin/patients/${input.patientId}`, "layout");
    return { status: "success", message: changed.length ? t("savedForPatient") : t("unchanged") };
  },
);
