import type { Metadata } from "next";
import Link from "next/link";
import { appointmentPolicy, policyActionFor } from "@/lib/appointments/policy";
import { getClinicSettings, getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { LinkProblemNotice } from "../_components/link-problem";
import { loadLink } from "../_components/load-link";
import { ReasonForm } from "@/components/forms/reason-form";
import { cancelByLinkAction } from "../actions";

// The token is a credential: keep it out of search engines and other sites' Referer logs.
export const metadata: Metadata = {
  title: "Your appointment",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function ManageAppointmentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token, link } = await loadLink(params);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const { appointment, claims, actor } = link;
  const [settings, clinic] = await Promise.all([getSchedulingSettings(), getClinicSettings()]);
  const decision = appointmentPolicy.decide(actor, policyActionFor(claims.action), {
    ...appointment,
    settings,
    now: new Date(),
  });
  const cancelling = claims.action === "cancel";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{cancelling ? "Cancel your appointment" : "Move your appointment"}</h1>
        <p className="text-slate-700">
          For {appointment.patient.user.name}. No need to sign in: this link from your email is enough.
        </p>
      </div>
      <AppointmentSummary
        doctorName={appointment.doctor.user.name}
        specialty={appointment.doctor.specialty.name}
        location={appointment.doctor.location}
        start={appointment.startsAt}
        end={appointment.endsAt}
        timeZone={settings.timeZone}
        reason={appointment.reason}
      />
      {!decision.allowed ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-950" data-testid="change-refused">
          {decision.reason}
          {clinic.phone ? ` The clinic's number is ${clinic.phone}.` : ""}
        </p>
      ) : cancelling ? (
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <ReasonForm
            action={cancelByLinkAction}
            fields={{ token }}
            formLabel="Cancel appointment"
            reasonLabel="Why are you cancelling?"
            submitLabel="Cancel appointment"
            pendingLabel="Cancelling…"
            confirm={{
              title: "Cancel this appointment?",
              description:
                "Your time is given up and the doctor is told. To see the doctor later, you will need to book again.",
              confirmLabel: "Cancel appointment",
            }}
          />
        </div>
      ) : (
        <Link
          href={`/manage/${token}/reschedule`}
          className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
        >
          Choose another time
        </Link>
      )}
    </div>
  );
}
