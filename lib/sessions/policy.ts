// Who may end sessions. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const sessionsPolicy = definePolicy({
  /** Everyone may end all of their own sessions (a lost phone, a shared computer). */
  "session.end_all_own": rule(["PATIENT", "DOCTOR", "ADMIN"]),
});
