// Who may read a patient's record. Pure: the query finds whether a doctor has the patient in care.
import { definePolicy, rule } from "@/lib/policy/define";

/**
 * Appointments that open a patient's record to the doctor: a request to decide on, a booked visit,
 * or one that happened. A declined request or a cancelled booking gives no lasting access.
 */
export const CARE_STATUSES = ["PENDING", "CONFIRMED", "COMPLETED", "NO_SHOW"] as const;

/** Whether the doctor asking has an appointment with the patient in CARE_STATUSES (false for others). */
export type PatientRecordAccess = { inCare: boolean };

export const patientPolicy = definePolicy({
  "patient.view_record": rule<PatientRecordAccess>(["DOCTOR", "ADMIN"], (actor, record) =>
    actor.role === "ADMIN" || record.inCare ? null : "This patient has no appointment with you.",
  ),
});
