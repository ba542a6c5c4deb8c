import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getAppointmentForAdmin } from "@/lib/appointments/queries";
import { appointmentControls } from "@/lib/appointments/policy";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { AppointmentActions } from "@/components/appointments/appointment-actions";
import { StatusBadge } from "@/components/appointments/status-badge";
import { Notice } from "@/components/admin/notice";
import { cancelAppointmentAsAdminAction, changeAppointmentStatusAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.appointment"))("title") };
}

const DONE = ["confirm", "reject", "cancel", "reschedule", "complete", "no_show"] as const;
const isDone = (done: string | undefined): done is (typeof DONE)[number] =>
  (DONE as readonly (string | undefined)[]).includes(done);

export default async function AdminAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ appointmentId: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const actor = await requireRole("ADMIN");
  const [{ appointmentId }, { done }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(appointmentId).success) notFound();
  const appointment = await getAppointmentForAdmin(appointmentId);
  if (!appointment) notFound();
  await recordAudit({
    actorId: actor.id,
    action: "appointment.view",
    entityType: "appointment",
    entityId: appointment.id,
  });
  const [settings, format, t] = await Promise.all([
    getSchedulingSettings(),
    getFormat(),
    getTranslations("admin.appointment"),
  ]);
  const controls = appointmentControls(actor, { ...appointment, settings, now: new Date() });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/appointments" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      {isDone(done) ? <Notice>{t(`done.${done}`)}</Notice> : null}
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{format.dateTime(appointment.startsAt)}</h1>
        <StatusBadge status={appointment.status} />
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("patient")}</dt>
          <dd className="font-medium">
            <Link href={`/admin/patients/${appointment.patient.id}`} className="text-teal-800 underline">
              {appointment.patient.user.name}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("doctor")}</dt>
          <dd className="font-medium">
            {appointment.doctor.user.name} · {appointment.doctor.specialty.name}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("ends")}</dt>
          <dd className="font-medium">{format.dateTime(appointment.endsAt)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("fee")}</dt>
          <dd className="font-medium">{format.money(appointment.feeCents)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm text-slate-600">{t("reason")}</dt>
          <dd>{appointment.reason}</dd>
        </div>
        {appointment.cancellationReason ? (
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-600">{t("cancelReason")}</dt>
            <dd>{appointment.cancellationReason}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="actions-heading" className="space-y-4">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t("actions")}
        </h2>
        <AppointmentActions
          appointmentId={appointment.id}
          controls={controls}
          actions={{ changeStatus: changeAppointmentStatusAction, cancel: cancelAppointmentAsAdminAction }}
          rescheduleHref={`/admin/appointments/${appointment.id}/reschedule`}
          notified={t("notified")}
        />
      </section>
    </div>
  );
}
