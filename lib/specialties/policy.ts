// Who may change the list of specialties patients search by. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const specialtyPolicy = definePolicy({
  "specialty.manage": rule(["ADMIN"]),
});
