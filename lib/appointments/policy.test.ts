import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/i18n/english";
import type { Decision } from "@/lib/policy/define";
import type { PolicyActor } from "@/lib/policy/define";
import { appointmentControls, appointmentPolicy, appointmentScope, type AppointmentChange } from "./policy";

const patient: PolicyActor = { id: "u-p", role: "PATIENT", patientId: "p1", doctorId: null };
const otherPatient: PolicyActor = { id: "u-p2", role: "PATIENT", patientId: "p2", doctorId: null };
const doctor: PolicyActor = { id: "u-d", role: "DOCTOR", patientId: null, doctorId: "d1" };
const otherDoctor: PolicyActor = { id: "u-d2", role: "DOCTOR", patientId: null, doctorId: "d2" };
const admin: PolicyActor = { id: "u-a", role: "ADMIN", patientId: null, doctorId: null };

const now = new Date("2030-01-07T08:00:00Z");
const change = (status: AppointmentChange["status"], startsInHours: number): AppointmentChange => {
  const startsAt = new Date(now.getTime() + startsInHours * 3_600_000);
  return {
    patientId: "p1",
    doctorId: "d1",
    status,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 30 * 60_000),
    settings: { cancellationCutoffHours: 24, requireDoctorConfirmation: true },
    now,
  };
};

type Row = [
  who: string,
  actor: PolicyActor,
  action: Parameters<typeof appointmentPolicy.can>[1],
  record: AppointmentChange,
  allowed: boolean,
];

// role × action × ownership × state: the status machine's answer reached through the policy.
const table: Row[] = [
  ["own patient, 3 days ahead", patient, "appointment.cancel", change("CONFIRMED", 72), true],
  ["own patient, inside the cut-off", patient, "appointment.cancel", change("CONFIRMED", 2), false],
  ["other patient", otherPatient, "appointment.cancel", change("CONFIRMED", 72), false],
  ["own patient", patient, "appointment.confirm", change("PENDING", 72), false],
  ["own doctor", doctor, "appointment.confirm", change("PENDING", 72), true],
  ["other doctor", otherDoctor, "appointment.confirm", change("PENDING", 72), false],
  ["admin", admin, "appointment.confirm", change("PENDING", 72), true],
  ["own doctor, inside the cut-off", doctor, "appointment.cancel", change("CONFIRMED", 2), true],
  ["own doctor, not started", doctor, "appointment.complete", change("CONFIRMED", 2), false],
  ["own doctor, started", doctor, "appointment.complete", change("CONFIRMED", -0.1), true],
  ["admin, started", admin, "appointment.no_show", change("CONFIRMED", -0.1), true],
  ["own patient, started", patient, "appointment.no_show", change("CONFIRMED", -0.1), false],
  ["own doctor, final status", doctor, "appointment.reschedule", change("CANCELLED", 72), false],
  ["admin, declined request", admin, "appointment.reject", change("REJECTED", 72), false],
];

describe("appointmentPolicy", () => {
  it.each(table)("%s: %s → %s", (_who, actor, action, record, allowed) => {
    expect(appointmentPolicy.can(actor, action, record)).toBe(allowed);
  });

  it("says why, in the status machine's words", () => {
    const english = (d: Decision) => (d.allowed ? d : { ...d, reason: inEnglish(d.reason) });
    expect(english(appointmentPolicy.decide(patient, "appointment.cancel", change("CONFIRMED", 2)))).toEqual({
      allowed: false,
      reason: "Appointments can be cancelled online until 24 hours before they start. Please call the clinic.",
    });
    expect(english(appointmentPolicy.decide(otherDoctor, "appointment.cancel", change("CONFIRMED", 72)))).toEqual({
      allowed: false,
      reason: "We could not find that appointment.",
    });
  });

  it("keeps the console's rules for administrators and booking for patients", () => {
    expect([patient, doctor, admin].map((a) => appointmentPolicy.can(a, "appointment.manage_all"))).toEqual([
      false,
      false,
      true,
    ]);
    expect([patient, doctor, admin].map((a) => appointmentPolicy.can(a, "appointment.book"))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("lists the controls a page shows", () => {
    const controls = appointmentControls(doctor, change("PENDING", 72));
    expect(
      Object.entries(controls)
        .filter(([, d]) => d.allowed)
        .map(([a]) => a)
        .sort(),
    ).toEqual(["cancel", "confirm", "reject", "reschedule"]);
  });

  it("scopes queries the same way", () => {
    expect(appointmentScope(patient)).toEqual({ patientId: "p1" });
    expect(appointmentScope(doctor)).toEqual({ doctorId: "d1" });
    expect(appointmentScope(admin)).toEqual({});
    expect(appointmentScope({ ...patient, patientId: null }).patientId).toMatch(/^0{8}-/);
  });
});
