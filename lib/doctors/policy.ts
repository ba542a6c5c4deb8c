// Who may change a doctor's schedule, profile and calendar feed. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

/** The doctor a change is about. */
type DoctorRecord = { doctorId: string };

// A foreign doctor reads as missing, so a forged id reveals nothing.
const self = rule<DoctorRecord>(["DOCTOR", "ADMIN"], (actor, record) =>
  actor.role === "ADMIN" || actor.doctorId === record.doctorId ? null : "We could not find that doctor.",
);

export const doctorPolicy = definePolicy({
  /** Weekly hours, buffers, leave, the professional profile and the private calendar feed. */
  "doctor.manage": self,
  /** The console's doctor pages: an administrator acting on any doctor (then doctor.manage applies). */
  "doctor.manage_any": rule(["ADMIN"]),
});
