"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { hoursFormSchema } from "@/lib/doctors/hours-form";
import { saveWorkingHours } from "@/lib/doctors/working-hours";

/** Any doctor's weekly hours, through the same service the doctor uses for their own. */
export const saveDoctorHoursAsAdminAction = roleAction(["ADMIN"], hoursFormSchema, async (input, actor) => {
  const result = await saveWorkingHours(actor, input);
  if (result.status === "success") revalidatePath(`/admin/doctors/${input.doctorId}/hours`);
  return result;
});
