"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { hoursFormSchema } from "@/lib/doctors/hours-form";
import { saveWorkingHours } from "@/lib/doctors/working-hours";

// The doctor's own workspace. Every service below checks that the record is the doctor's own.

export const saveMyHoursAction = roleAction(["DOCTOR"], hoursFormSchema, async (input, actor) => {
  const result = await saveWorkingHours(actor, input);
  if (result.status === "success") revalidatePath("/doctor", "layout");
  return result;
});
