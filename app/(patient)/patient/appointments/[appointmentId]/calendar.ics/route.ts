import { getTranslations } from "next-intl/server";
import { z } from "@/lib/i18n/zod";
import { appointmentPolicy } from "@/lib/appointments/policy";
import { getPatientAppointment } from "@/lib/appointments/queries";
import { appointmentIcs } from "@/lib/calendar/appointment-ics";
import { Forbidden, NotFound } from "@/lib/errors/domain-error";
import { route } from "@/lib/routes/route";
import { getClinicSettings } from "@/lib/settings/queries";

/** "Add to calendar": the patient's own appointment as an .ics file. */
export const GET = route(
  { access: { policy: appointmentPolicy, name: "appointment.view" }, params: z.object({ appointmentId: z.uuid() }) },
  async ({ actor, params }) => {
    if (!actor?.patientId) throw new Forbidden("errors.appointments.calendarOwnOnly");
    const appointment = await getPatientAppointment(params.appointmentId, actor.patientId);
    if (!appointment) throw new NotFound();
    const [clinic, t] = await Promise.all([getClinicSettings(), getTranslations("calendar")]);
    const body = appointmentIcs({
      id: appointment.id,
      sequence: appointment.sequence,
      cancelled: appointment.status === "CANCELLED" || appointment.status === "REJECTED",
      start: appointment.startsAt,
      end: appointment.endsAt,
      summary: t("summary", { clinic: clinic.name, name: appointment.doctor.user.name }),
      location: [appointment.doctor.location, clinic.address].filter(Boolean).join(", ") || null,
      description: t("description", { specialty: appointment.doctor.specialty.name, reason: appointment.reason }),
      clinicName: clinic.name,
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="appointment-${appointment.id}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
