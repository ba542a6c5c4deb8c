// One's own account: every signed-in user may manage it; the services act only on the actor's own row. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const accountPolicy = definePolicy({
  "account.manage_own": rule(["PATIENT", "DOCTOR", "ADMIN"]),
});
