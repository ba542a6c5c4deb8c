import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/i18n/zod";
import { requireRole } from "@/lib/auth/session";
import { staffPolicy } from "@/lib/staff/policy";
import { countActiveAdmins, getUserForAdmin, hasSetPassword } from "@/lib/staff/queries";
import { formatMoney } from "@/lib/format/datetime";
import { getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/forms/action-button-form";
import { Notice } from "@/components/admin/notice";
import { changeUserRoleAction, resendInvitationAction, setUserActiveAction } from "../actions";

export const metadata: Metadata = { title: "Account" };

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

const doneText: Record<string, string> = {
  deactivated: "Account deactivated. It cannot sign in, and its open sessions have stopped.",
  reactivated: "Account reactivated. It can sign in again.",
  role: "Role changed. It applies from the account's next page load.",
};

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ created?: string; done?: string }>;
}) {
  const actor = await requireRole("ADMIN");
  const [roleLabel, inviteText] = await Promise.all([
    getTranslations("common.roles"),
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
        ← Users
      </Link>
      {done && doneText[done] ? <Notice>{doneText[done]}</Notice> : null}
      {done === "invited" ? <Notice>{inviteText("sent", { email: user.email })}</Notice> : null}
      {created ? (
        <Notice>Account created. An email with a link to set a password is on its way to {user.email}.</Notice>
      ) : null}
      <div>
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <p className="text-slate-700" data-testid="user-summary">
          {roleLabel(user.role)} · {user.active ? "Active" : "Deactivated"}
          {isSelf ? " · this is you" : ""}
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <Fact label="Email">{user.email}</Fact>
        <Fact label="Joined">{user.createdAt.toISOString().slice(0, 10)}</Fact>
        {user.patient ? <Fact label="Phone">{user.patient.phone}</Fact> : null}
        {user.doctor ? (
          <>
            <Fact label="Specialty">{user.doctor.specialty.name}</Fact>
            <Fact label="Licence">{user.doctor.licenseNumber}</Fact>
            <Fact label="Fee">{formatMoney(user.doctor.feeCents)}</Fact>
            <Fact label="Slot length">{user.doctor.slotMinutes} minutes</Fact>
            {user.doctor.location ? <Fact label="Location">{user.doctor.location}</Fact> : null}
          </>
        ) : null}
      </dl>
      <div className="flex flex-wrap gap-3">
        {user.patient ? (
          <Link
            href={`/admin/patients/${user.patient.id}`}
            className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
          >
            Patient profile and history
          </Link>
        ) : null}
        {user.doctor ? (
          <>
            <Link
              href={`/admin/doctors/${user.doctor.id}/profile`}
              className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
            >
              Edit professional profile
            </Link>
            <Link
              href={`/admin/doctors/${user.doctor.id}/hours`}
              className="rounded-md border border-teal-700 px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50"
            >
              Weekly hours
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
          Access
        </h2>
        <p className="text-sm text-slate-700">
          A deactivated account cannot sign in and its open sessions stop at once. The last active administrator cannot
          be deactivated or demoted.
        </p>
        <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap">
          {activation.allowed && user.active ? (
            <ActionButtonForm
              action={setUserActiveAction}
              fields={{ userId: user.id, active: "false" }}
              label="Deactivate account"
              pendingLabel="Deactivating…"
              variant="danger"
              confirm={{
                title: `Deactivate ${user.name}?`,
                description:
                  "They are signed out at once and cannot sign in until an administrator reactivates the account. Their appointments and records stay.",
                confirmLabel: "Deactivate account",
              }}
            />
          ) : null}
          {activation.allowed && !user.active ? (
            <ActionButtonForm
              action={setUserActiveAction}
              fields={{ userId: user.id, active: "true" }}
              label="Reactivate account"
              pendingLabel="Reactivating…"
              variant="primary"
            />
          ) : null}
          {!activation.allowed ? (
            <p className="text-sm text-slate-700" data-testid="activation-refused">
              {activation.reason}
            </p>
          ) : null}
          {roleChange.allowed ? (
            <ActionButtonForm
              action={changeUserRoleAction}
              fields={{ userId: user.id, role: roleTo }}
              label={roleTo === "ADMIN" ? "Make administrator" : "Make doctor again"}
              pendingLabel="Changing role…"
              confirm={
                roleTo === "ADMIN"
                  ? {
                      title: `Make ${user.name} an administrator?`,
                      description:
                        "They can then run the whole clinic from the console, and leave the rota: patients can no longer book them.",
                      confirmLabel: "Make administrator",
                    }
                  : {
                      title: `Make ${user.name} a doctor again?`,
                      description: "They leave the console and patients can book them again.",
                      confirmLabel: "Make doctor again",
                    }
              }
            />
          ) : null}
        </div>
      </section>
    </div>
  );
}
