"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { cancelAppointment } from "@/lib/booking/cancel";
import { changeAppointmentStatus } from "@/lib/booking/change-status";
import { rescheduleAppointment } from "@/lib/booking/reschedule";
import { cancelAppointmentSchema, changeStatusSchema, rescheduleAppointmentSchema } from "@/lib/booking/schemas";
import { hoursFormSchema } from "@/lib/doctors/hours-form";
import { regenerateCalendarToken } from "@/lib/doctors/calendar-feed";
import { addLeave, deleteLeave } from "@/lib/doctors/leave";
import { updateDoctorProfile } from "@/lib/doctors/profile";
import { calendarFeedSchema, profileFormSchema } from "@/lib/doctors/profile-form";
import { appUrl } from "@/lib/notifications/app-url";
import { deleteLeaveSchema, leaveFormSchema } from "@/lib/doctors/leave-form";
import { saveWorkingHours } from "@/lib/doctors/working-hours";
import { saveVisitNoteSchema } from "@/lib/visit-notes/schemas";
import { saveVisitNote } from "@/lib/visit-notes/service";

// The doctor's own workspace. Every service below loads the record scoped to the doctor, so a
// forged id of another doctor's appointment is simply not found.

const appointmentPage = (id: string, notice: string) => `/doctor/appointments/${id}?done=${notice}`;

export const saveMyHoursAction = roleAction(["DOCTOR"], hoursFormSchema, async (input, actor) => {
  const result = await saveWorkingHours(actor, input);
  if (result.status === "success") revalidatePath("/doctor", "layout");
  return result;
});

export const changeStatusAction = roleAction(["DOCTOR"], changeStatusSchema, async (input, actor) => {
  await changeAppointmentStatus(actor, input);
  revalidatePath("/doctor", "layout");
  redirect(appointmentPage(input.appointmentId, input.action));
});

export const cancelAsDoctorAction = roleAction(["DOCTOR"], cancelAppointmentSchema, async (input, actor) => {
  await cancelAppointment(actor, input);
  revalidatePath("/doctor", "layout");
  redirect(appointmentPage(input.appointmentId, "cancel"));
});

export const rescheduleAsDoctorAction = roleAction(["DOCTOR"], rescheduleAppointmentSchema, async (input, actor) => {
  await rescheduleAppointment(actor, input);
  revalidatePath("/doctor", "layout");
  redirect(appointmentPage(input.appointmentId, "reschedule"));
});

export const saveVisitNoteAction = roleAction(["DOCTOR"], saveVisitNoteSchema, async (input, actor) => {
  await saveVisitNote(actor, input);
  revalidatePath(`/doctor/appointments/${input.appointmentId}`);
  return { status: "success", message: "Note saved." };
});

export const addLeaveAction = roleAction(["DOCTOR"], leaveFormSchema, async (input, actor) => {
  const result = await addLeave(actor, input);
  if (result.status === "success") revalidatePath("/doctor/availability");
  return result;
});

export const deleteLeaveAction = roleAction(["DOCTOR"], deleteLeaveSchema, async (input, actor) => {
  await deleteLeave(actor, input.leaveId);
  revalidatePath("/doctor/availability");
  return { status: "success", message: "Leave removed." };
});

export const updateProfileAction = roleAction(["DOCTOR"], profileFormSchema, async (input, actor) => {
  await updateDoctorProfile(actor, input);
  revalidatePath("/doctor/profile");
  return { status: "success", message: input.acceptingPatients ? "Profile saved." : "Profile saved. New patients cannot book you now; existing appointments stay." };
});

export const regenerateCalendarFeedAction = roleAction(["DOCTOR"], calendarFeedSchema, async (input, actor) => {
  const token = await regenerateCalendarToken(actor, input.doctorId);
  revalidatePath("/doctor/profile");
  // Shown once: only its hash is stored, so it cannot be displayed again later.
  return { status: "success", message: `New private link (copy it now; any older link has stopped working): ${appUrl(`/api/calendar/${token}.ics`)}` };
});
