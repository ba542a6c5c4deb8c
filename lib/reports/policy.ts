// Who may see which figures. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const reportPolicy = definePolicy({
  /** The clinic's reports, the dashboard and their CSV exports. */
  "report.clinic": rule(["ADMIN"]),
  /** A doctor's own month in figures. */
  "report.own": rule<{ doctorId: string }>(["DOCTOR"], (actor, record) =>
    actor.doctorId === record.doctorId ? null : "We could not find that doctor.",
  ),
});
