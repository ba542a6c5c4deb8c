// Who may read a patient's record. Pure: the query finds whether a doctor has the patient in care.
import { definePolicy, rule } from "@/lib/policy/define";

/**
 * Appointments that open a patient's record to the doctor: a request to decide on, a booked visit,
 * or one that happened. A declined request or a cancelled booking gives no lasting access.
 */
export const CARE_STATUSES = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW"] as const;

/** Whether the doctor asking has an appointment with the patient in CARE_STATUSES (false for others). */
export type PatientRecordAccess = { inCare: boolean };

/** The patient whose profile is asked for. */
export type PatientProfileRecord = { patientId: string };

export const patientPolicy = definePolicy({
  // The console's patient pages: administrators only, before the service checks the patient itself.
  "patient.manage_any": rule(["ADMIN"]),
  // A patient keeps their own profile; the clinic's administrators correct anyone's.
  "patient.edit_profile": rule<PatientProfileRecord>(["PATIENT", "ADMIN"], (actor, record) =>
    actor.role === "ADMIN" || actor.patientId === record.patientId ? null : "errors.notAllowed",
  ),
  "patient.view_record": rule<PatientRecordAccess>(["DOCTOR", "ADMIN"], (actor, record) =>
    actor.role === "ADMIN" || record.inCare ? null : "This patient has no appointment with you.",
  ),
});
