"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { bookAppointment } from "@/lib/booking/book";
import { cancelAppointment } from "@/lib/booking/cancel";
import { rescheduleAppointment } from "@/lib/booking/reschedule";
import { bookAppointmentSchema, cancelAppointmentSchema, rescheduleAppointmentSchema } from "@/lib/booking/schemas";

export const bookAppointmentAction = roleAction(["PATIENT"], bookAppointmentSchema, async (input, actor) => {
  const { id } = await bookAppointment(actor, input);
  revalidatePath("/patient");
  redirect(`/patient/appointments/${id}?booked=1`);
});

export const rescheduleAppointmentAction = roleAction(["PATIENT"], rescheduleAppointmentSchema, async (input, actor) => {
  await rescheduleAppointment(actor, input);
  revalidatePath("/patient");
  redirect(`/patient/appointments/${input.appointmentId}?moved=1`);
});

export const cancelAppointmentAction = roleAction(["PATIENT"], cancelAppointmentSchema, async (input, actor) => {
  await cancelAppointment(actor, input);
  revalidatePath("/patient");
  redirect(`/patient/appointments/${input.appointmentId}?cancelled=1`);
});
