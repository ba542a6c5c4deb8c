// Who may look into the clinic's outgoing messages. Pure.
import { definePolicy, rule } from "@/lib/policy/define";

export const messagePolicy = definePolicy({
  /** The outbox: every message with its status, attempts and last error. */
  "outbox.view": rule(["ADMIN"]),
  "outbox.retry": rule(["ADMIN"]),
  /** The development mailbox: emails as sent, while nothing leaves the machine. */
  "mailbox.view": rule(["ADMIN"]),
});
