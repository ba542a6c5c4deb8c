"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { policyAction } from "@/lib/actions/action";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { changeAppointmentStatus } from "@/lib/appointments/change-status";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { cancelAppointmentSchema, changeStatusSchema, rescheduleAppointmentSchema } from "@/lib/appointments/schemas";

// The same services patients and doctors use: one status machine, emails through the outbox. The
// console's own rule gates them first, so only administrators reach the services from here.
const done = (appointmentId: string, what: string) => {
  revalidatePath("/admin/appointments");
  redirect(`/admin/appointments/${appointmentId}?done=${what}`);
};

export const changeAppointmentStatusAction = policyAction(
  appointmentPolicy,
  "appointment.manage_all",
  changeStatusSchema,
  async (input, actor) => {
    await changeAppointmentStatus(actor, input);
    done(input.appointmentId, input.action);
  },
);

export const cancelAppointmentAsAdminAction = policyAction(
  appointmentPolicy,
  "appointment.manage_all",
  cancelAppointmentSchema,
  async (input, actor) => {
    await cancelAppointment(actor, input);
    done(input.appointmentId, "cancel");
  },
);

export const rescheduleAppointmentAsAdminAction = policyAction(
  appointmentPolicy,
  "appointment.manage_all",
  rescheduleAppointmentSchema,
  async (input, actor) => {
    await rescheduleAppointment(actor, input);
    done(input.appointmentId, "reschedule");
  },
);
