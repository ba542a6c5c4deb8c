import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { appointmentPolicy, policyActionFor } from "@/lib/appointments/policy";
import { getClinicSettings, getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentSummary } from "@/components/booking/appointment-summary";
import { LinkProblemNotice } from "../_components/link-problem";
import { loadLink } from "../_components/load-link";
import { ReasonForm } from "@/components/forms/reason-form";
import { cancelByLinkAction } from "../actions";
import { translateMessage } from "@/lib/i18n/message";

// The token is a credential: keep it out of search engines and other sites' Referer logs.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations())("public.manage.title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function ManageAppointmentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token, link } = await loadLink(params);
  if (!link.ok) return <LinkProblemNotice problem={link.problem} />;
  const { appointment, claims, actor } = link;
  const [settings, clinic, t, tCancel] = await Promise.all([
    getSchedulingSettings(),
    getClinicSettings(),
    getTranslations("public.manage"),
    getTranslations("patient.appointment"),
  ]);
  const show = await getTranslations();
  const decision = appointmentPolicy.decide(actor, policyActionFor(claims.action), {
    ...appointment,
    settings,
    now: new Date(),
  });
  const cancelling = claims.action === "cancel";
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{cancelling ? t("cancelHeading") : t("moveHeading")}</h1>
        <p className="text-slate-700">{t("forPatient", { name: appointment.patient.user.name })}</p>
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
          {translateMessage(show, decision.reason)}
          {clinic.phone ? t("clinicPhone", { phone: clinic.phone }) : ""}
        </p>
      ) : cancelling ? (
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <ReasonForm
            action={cancelByLinkAction}
            fields={{ token }}
            formLabel={tCancel("cancelForm")}
            reasonLabel={tCancel("whyCancel")}
            submitLabel={tCancel("cancelForm")}
            pendingLabel={tCancel("cancelling")}
            confirm={{
              title: tCancel("confirmTitle"),
              description: tCancel("confirmDescription"),
              confirmLabel: tCancel("cancelForm"),
            }}
          />
        </div>
      ) : (
        <Link
          href={`/manage/${token}/reschedule`}
          className="inline-block rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800"
        >
          {tCancel("chooseAnother")}
        </Link>
      )}
    </div>
  );
}
