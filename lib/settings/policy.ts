// Who may change how the clinic runs. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const settingsPolicy = definePolicy({
  /** Name, contact, time zone, booking rules, reminders. */
  "settings.update": rule(["ADMIN"]),
  /** Days the clinic is closed. */
  "holiday.manage": rule(["ADMIN"]),
});
