"use server";

import { revalidatePath } from "next/cache";
import { policyAction } from "@/lib/actions/action";
import { doctorPolicy } from "@/lib/doctors/policy";
import { updateDoctorProfile } from "@/lib/doctors/profile";
import { scheduleChangeState } from "@/lib/doctors/schedule-change-state";
import { hoursFormSchema, profileFormSchema } from "@/lib/doctors/schemas";
import { saveWorkingHours } from "@/lib/doctors/working-hours";
import { getFormat } from "@/lib/language/server";

// The console's doctor pages: gated for administrators, then the doctor's own services decide.

/** Any doctor's weekly hours, through the same service the doctor uses for their own. */
export const saveDoctorHoursAsAdminAction = policyAction(
  doctorPolicy,
  "doctor.manage_any",
  hoursFormSchema,
  async (input, actor) => {
    const result = await saveWorkingHours(actor, input);
    if (result.outcome === "saved") revalidatePath(`/admin/doctors/${input.doctorId}/hours`);
    return scheduleChangeState(result, "hours", (await getFormat()).locale);
  },
);

/** Any doctor's professional profile (fee, specialty, bio…), through the doctor's own service. */
export const updateDoctorProfileAsAdminAction = policyAction(
  doctorPolicy,
  "doctor.manage_any",
  profileFormSchema,
  async (input, actor) => {
    await updateDoctorProfile(actor, input);
    revalidatePath(`/admin/doctors/${input.doctorId}/profile`);
    return {
      status: "success",
      message: input.acceptingPatients ? "admin.doctors.profileSaved" : "admin.doctors.profileSavedClosed",
    };
  },
);
