"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { cancelAppointment } from "@/lib/booking/cancel";
import { changeAppointmentStatus } from "@/lib/booking/change-status";
import { rescheduleAppointment } from "@/lib/booking/reschedule";
import { cancelAppointmentSchema, changeStatusSchema, rescheduleAppointmentSchema } from "@/lib/booking/schemas";

// The same services patients and doctors use: one status machine, emails through the outbox.
const done = (appointmentId: string, what: string) => {
  revalidatePath("/admin/appointments");
  redirect(`/admin/appointments/${appointmentId}?done=${what}`);
};

export const changeAppointmentStatusAction = roleAction(["ADMIN"], changeStatusSchema, async (input, actor) => {
  await changeAppointmentStatus(actor, input);
  done(input.appointmentId, input.action);
});

export const cancelAppointmentAsAdminAction = roleAction(["ADMIN"], cancelAppointmentSchema, async (input, actor) => {
  await cancelAppointment(actor, input);
  done(input.appointmentId, "cancel");
});

export const rescheduleAppointmentAsAdminAction = roleAction(["ADMIN"], rescheduleAppointmentSchema, async (input, actor) => {
  await rescheduleAppointment(actor, input);
  done(input.appointmentId, "reschedule");
});
