"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { policyAction } from "@/lib/actions/action";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { bookAppointment } from "@/lib/appointments/book";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import {
  bookAppointmentSchema,
  cancelAppointmentSchema,
  rescheduleAppointmentSchema,
} from "@/lib/appointments/schemas";

export const bookAppointmentAction = policyAction(
  appointmentPolicy,
  "appointment.book",
  bookAppointmentSchema,
  async (input, actor) => {
    const { id } = await bookAppointment(actor, input);
    revalidatePath("/patient");
    redirect(`/patient/appointments/${id}?booked=1`);
  },
);

export const rescheduleAppointmentAction = policyAction(
  appointmentPolicy,
  "appointment.reschedule",
  rescheduleAppointmentSchema,
  async (input, actor) => {
    await rescheduleAppointment(actor, input);
    revalidatePath("/patient");
    redirect(`/patient/appointments/${input.appointmentId}?moved=1`);
  },
);

export const cancelAppointmentAction = policyAction(
  appointmentPolicy,
  "appointment.cancel",
  cancelAppointmentSchema,
  async (input, actor) => {
    await cancelAppointment(actor, input);
    revalidatePath("/patient");
    redirect(`/patient/appointments/${input.appointmentId}?cancelled=1`);
  },
);
