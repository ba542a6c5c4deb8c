// What an outbox row carries: a snapshot of the facts an email needs, taken in the transaction of the
// change, so the email says what was true when it was written. Templates render from this alone.

/** Appointment facts shown in every appointment email. Times are UTC ISO strings; `timeZone` is the clinic's. */
export type AppointmentFacts = {
  appointmentId: string;
  /** The appointment's sequence after the change: an .ics SEQUENCE and a guard against stale links. */
  sequence: number;
  startsAt: string;
  endsAt: string;
  status: string;
  reason: string;
  patientName: string;
  doctorName: string;
  specialty: string;
  location: string | null;
  clinic: { name: string; address: string | null; phone: string | null; email: string | null; timeZone: string };
};

export type AppointmentEvent =
  | { event: "booked" }
  | { event: "confirmed" }
  | { event: "rejected"; reason: string }
  | { event: "rescheduled"; previousStartsAt: string }
  | { event: "cancelled"; reason: string; by: "PATIENT" | "DOCTOR" | "ADMIN" }
  | { event: "reminder"; leadMinutes: number };

export type Recipient = "patient" | "doctor";

export type AppointmentEmailPayload = {
  kind: `appointment.${AppointmentEvent["event"]}`;
  recipient: Recipient;
  /** The recipient's language when it was written (absent on rows from before languages: English). */
  locale?: string;
  facts: AppointmentFacts;
} & AppointmentEvent;

export type AccountEmailPayload = {
  kind: "account.password-reset" | "account.invite";
  name: string;
  /** Absolute link with the one-time token; only in the outbox row, never logged. */
  link: string;
  expiresAt: string;
  /** The recipient's language (absent: English). */
  locale?: string;
};

export type EmailPayload = AppointmentEmailPayload | AccountEmailPayload;
