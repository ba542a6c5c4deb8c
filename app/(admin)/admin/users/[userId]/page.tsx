import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { staffPolicy } from "@/lib/staff/policy";
import { countActiveAdmins, getUserForAdmin, hasSetPassword } from "@/lib/staff/queries";
import { getTranslations } from "next-intl/server";
import { translateMessage } from "@/lib/i18n/message";
import { getFormat } from "@/lib/language/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { Notice } from "@/components/admin/notice";
import { changeUserRoleAction, resendInvitationAction, setUserActiveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.user"))("title") };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

const DONE = ["deactivated", "reactivated", "role"] as const;
const isDone = (done: string | undefined): done is (typeof DONE)[number] =>
  (DONE as readonly (string | undefined)[]).includes(done);

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ created?: string; done?: string }>;
}) {
  const actor = await requireRole("ADMIN");
  const [roleLabel, t, format, translate, inviteText] = await Promise.all([
    getTranslations("common.roles"),
    getTranslations("admin.user"),
    getFormat(),
    getTranslations(),
    getTranslations("admin.users.invite"),
  ]);
  const [{ userId }, { created, done }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(userId).success) notFound();
  const [user, activeAdmins, hasPassword] = await Promise.all([
    getUserForAdmin(userId),
    countActiveAdmins(),
    hasSetPassword(userId),
  ]);
  if (!user) notFound();
  // The same rules the services apply decide which controls are offered.
  const target = { role: user.role, active: user.active, hasDoctorProfile: Boolean(user.doctor) };
  const activation = staffPolicy.decide(actor, "user.set_active", { target, active: !user.active, activeAdmins });
  const roleTo = user.role === "DOCTOR" ? "ADMIN" : "DOCTOR";
  const roleChange = staffPolicy.decide(actor, "user.change_role", { target, to: roleTo, activeAdmins });
  const invitation = staffPolicy.decide(actor, "user.resend_invite", {
    role: user.role,
    active: user.active,
    hasPassword,
  });
  const isSelf = user.id === actor.id;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/users" className="text-sm text-teal-800 underline">
        {t("back")}
      </Link>
      {isDone(done) ? <Notice>{t(`done.${done}`)}</Notice> : null}
      {done === "invited" ? <Notice>{inviteText("sent", { email: user.email })}</Notice> : null}
      {created ? <Notice>{t("created", { email: user.email })}</Notice> : null}
      <div>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p className="text-slate-700" data-testid="user-summary">
          {roleLabel(user.role)} · {user.active ? t("active") : t("deactivated")}
          {isSelf ? ` · ${t("you")}` : ""}
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <Fact label={t("email")}>{user.email}</Fact>
        <Fact label={t("joined")}>{format.date(user.createdAt)}</Fact>
        {user.patient ? <Fact label={t("phone")}>{user.patient.phone}</Fact> : null}
        {user.doctor ? (
          <>
            <Fact label={t("specialty")}>{user.doctor.specialty.name}</Fact>
            <Fact label={t("licence")}>{user.doctor.licenseNumber}</Fact>
            <Fact label={t("fee")}>{format.money(user.doctor.feeCents)}</Fact>
            <Fact label={t("slotLength")}>{t("minutes", { minutes: format.number(user.doctor.slotMinutes) })}</Fact>
            {user.doctor.location ? <Fact label={t("location")}>{user.doctor.location}</Fact> : null}
          </>
        ) : null}
      </dl>
      <div className="flex flex-wrap gap-3">
        {user.patient ? (
          <Link
            href={`/admin/patients/${user.patient.id}`}
            className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          >
            {t("patientProfile")}
          </Link>
        ) : null}
        {user.doctor ? (
          <>
            <Link
              href={`/admin/doctors/${user.doctor.id}/profile`}
              className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
            >
              {t("editProfile")}
            </Link>
            <Link
              href={`/admin/doctors/${user.doctor.id}/hours`}
              className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
            >
              {t("weeklyHours")}
            </Link>
          </>
        ) : null}
      </div>
      {invitation.allowed ? (
        <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {inviteText("heading")}
          </h2>
          <p className="text-sm text-slate-700">{inviteText("explain")}</p>
          <ActionButtonForm
            action={resendInvitationAction}
            fields={{ userId: user.id }}
            label={inviteText("button")}
            pendingLabel={inviteText("sending")}
            variant="primary"
          />
        </section>
      ) : null}
      <section aria-labelledby="access-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="access-heading" className="text-lg font-semibold">
          {t("access")}
        </h2>
        <p className="text-sm text-slate-700">{t("accessIntro")}</p>
        <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap">
          {activation.allowed && user.active ? (
            <ActionButtonForm
              action={setUserActiveAction}
              fields={{ userId: user.id, active: "false" }}
              label={t("deactivate")}
              pendingLabel={t("deactivating")}
              variant="danger"
              confirm={{
                title: t("deactivateTitle", { name: user.name }),
                description: t("deactivateDescription"),
                confirmLabel: t("deactivate"),
              }}
            />
          ) : null}
          {activation.allowed && !user.active ? (
            <ActionButtonForm
              action={setUserActiveAction}
              fields={{ userId: user.id, active: "true" }}
              label={t("reactivate")}
              pendingLabel={t("reactivating")}
              variant="primary"
            />
          ) : null}
          {!activation.allowed ? (
            <p className="text-sm text-slate-700" data-testid="activation-refused">
              {translateMessage(translate, activation.reason)}
            </p>
          ) : null}
          {roleChange.allowed ? (
            <ActionButtonForm
              action={changeUserRoleAction}
              fields={{ userId: user.id, role: roleTo }}
              label={roleTo === "ADMIN" ? t("makeAdmin") : t("makeDoctor")}
              pendingLabel={t("changingRole")}
              confirm={
                roleTo === "ADMIN"
                  ? {
                      title: t("makeAdminTitle", { name: user.name }),
                      description: t("makeAdminDescription"),
                      confirmLabel: t("makeAdmin"),
                    }
                  : {
                      title: t("makeDoctorTitle", { name: user.name }),
                      description: t("makeDoctorDescription"),
                      confirmLabel: t("makeDoctor"),
                    }
              }
            />
          ) : null}
        </div>
      </section>
    </div>
  );
}
