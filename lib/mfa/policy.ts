// Everyone manages their own second factor, and may do so before they have one (the only thing a
// person who must enrol may do: see lib/actions/action.ts).
import { definePolicy } from "@/lib/policy/define";

const everyone = ["PATIENT", "DOCTOR", "ADMIN"] as const;

export const mfaPolicy = definePolicy({
  "mfa.manage": { roles: everyone, beforeSecondFactor: true },
});
