"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { hoursFormSchema } from "@/lib/doctors/hours-form";
import { updateDoctorProfile } from "@/lib/doctors/profile";
import { profileFormSchema } from "@/lib/doctors/profile-form";
import { saveWorkingHours } from "@/lib/doctors/working-hours";

/** Any doctor's weekly hours, through the same service the doctor uses for their own. */
export const saveDoctorHoursAsAdminAction = roleAction(["ADMIN"], hoursFormSchema, async (input, actor) => {
  const result = await saveWorkingHours(actor, input);
  if (result.status === "success") revalidatePath(`/admin/doctors/${input.doctorId}/hours`);
  return result;
});

/** Any doctor's professional profile (fee, specialty, bio…), through the doctor's own service. */
export const updateDoctorProfileAsAdminAction = roleAction(["ADMIN"], profileFormSchema, async (input, actor) => {
  await updateDoctorProfile(actor, input);
  revalidatePath(`/admin/doctors/${input.doctorId}/profile`);
  return { status: "success", message: input.acceptingPatients ? "Profile saved." : "Profile saved. New patients cannot book this doctor now; existing appointments stay." };
});
