"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { policyAction } from "@/lib/actions/action";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { changeAppointmentStatus } from "@/lib/appointments/change-status";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { cancelAppointmentSchema, changeStatusSchema, rescheduleAppointmentSchema } from "@/lib/appointments/schemas";
import { regenerateCalendarToken } from "@/lib/doctors/calendar-feed";
import { addLeave, deleteLeave } from "@/lib/doctors/leave";
import { doctorPolicy } from "@/lib/doctors/policy";
import { updateDoctorProfile } from "@/lib/doctors/profile";
import { scheduleChangeState } from "@/lib/doctors/schedule-change-state";
import {
  calendarFeedSchema,
  deleteLeaveSchema,
  hoursFormSchema,
  leaveFormSchema,
  profileFormSchema,
} from "@/lib/doctors/schemas";
import { saveWorkingHours } from "@/lib/doctors/working-hours";
import { msg } from "@/lib/i18n/message";
import { getFormat } from "@/lib/language/server";
import { appUrl } from "@/lib/notifications/app-url";
import { visitNotePolicy } from "@/lib/visit-notes/policy";
import { saveVisitNoteSchema } from "@/lib/visit-notes/schemas";
import { saveVisitNote } from "@/lib/visit-notes/service";

// The doctor's own workspace. Every service below loads the record scoped to the doctor, so a
// forged id of another doctor's appointment is simply not found.

const appointmentPage = (id: string, notice: string) => `/doctor/appointments/${id}?done=${notice}`;

export const saveMyHoursAction = policyAction(doctorPolicy, "doctor.manage", hoursFormSchema, async (input, actor) => {
  const result = await saveWorkingHours(actor, input);
  if (result.outcome === "saved") revalidatePath("/doctor", "layout");
  return scheduleChangeState(result, "hours", (await getFormat()).locale);
});

export const changeStatusAction = policyAction(
  appointmentPolicy,
  "appointment.decide",
  changeStatusSchema,
  async (input, actor) => {
    await changeAppointmentStatus(actor, input);
    revalidatePath("/doctor", "layout");
    redirect(appointmentPage(input.appointmentId, input.action));
  },
);

export const cancelAsDoctorAction = policyAction(
  appointmentPolicy,
  "appointment.cancel",
  cancelAppointmentSchema,
  async (input, actor) => {
    await cancelAppointment(actor, input);
    revalidatePath("/doctor", "layout");
    redirect(appointmentPage(input.appointmentId, "cancel"));
  },
);

export const rescheduleAsDoctorAction = policyAction(
  appointmentPolicy,
  "appointment.reschedule",
  rescheduleAppointmentSchema,
  async (input, actor) => {
    await rescheduleAppointment(actor, input);
    revalidatePath("/doctor", "layout");
    redirect(appointmentPage(input.appointmentId, "reschedule"));
  },
);

export const saveVisitNoteAction = policyAction(
  visitNotePolicy,
  "visit_note.write",
  saveVisitNoteSchema,
  async (input, actor) => {
    await saveVisitNote(actor, input);
    revalidatePath(`/doctor/appointments/${input.appointmentId}`);
    return { status: "success", message: "doctor.actions.noteSaved" };
  },
);

export const addLeaveAction = policyAction(doctorPolicy, "doctor.manage", leaveFormSchema, async (input, actor) => {
  const result = await addLeave(actor, input);
  if (result.outcome === "saved") revalidatePath("/doctor/availability");
  return scheduleChangeState(result, "leave", (await getFormat()).locale);
});

export const deleteLeaveAction = policyAction(
  doctorPolicy,
  "doctor.manage",
  deleteLeaveSchema,
  async (input, actor) => {
    await deleteLeave(actor, input.leaveId);
    revalidatePath("/doctor/availability");
    return { status: "success", message: "doctor.actions.leaveRemoved" };
  },
);

export const updateProfileAction = policyAction(
  doctorPolicy,
  "doctor.manage",
  profileFormSchema,
  async (input, actor) => {
    await updateDoctorProfile(actor, input);
    revalidatePath("/doctor/profile");
    return {
      status: "success",
      message: input.acceptingPatients ? "doctor.actions.profileSaved" : "doctor.actions.profileSavedClosed",
    };
  },
);

export const regenerateCalendarFeedAction = policyAction(
  doctorPolicy,
  "doctor.manage",
  calendarFeedSchema,
  async (input, actor) => {
    const token = await regenerateCalendarToken(actor, input.doctorId);
    revalidatePath("/doctor/profile");
    // Shown once: only its hash is stored, so it cannot be displayed again later.
    return {
      status: "success",
      message: msg("doctor.actions.feedLink", { url: appUrl(`/api/calendar/${token}.ics`) }),
    };
  },
);
