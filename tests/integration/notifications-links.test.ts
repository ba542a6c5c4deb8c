// Emailed links: the link in a sent email cancels or moves the appointment without signing in,
// through the ordinary services, once; and the cut-off still applies.
import { inEnglish } from "@/lib/i18n/english";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { bookAppointment } from "@/lib/appointments/book";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { staleVersionMessage } from "@/lib/appointments/load-for-change";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { openActionLink } from "@/lib/appointments/email-links";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";
import { countingTransport } from "../support/counting-transport";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");
const failureOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof DomainError ? e.message : Promise.reject(e)),
  );

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-signed-links-0000000000";
  process.env.APP_URL = "http://clinic.test";
  await setClinic(database.db, { cancellationCutoffHours: 24 });
});

/** Books, sends the confirmation, and returns the tokens of its two links. */
async function bookedWithEmail(start: string) {
  const { doctorId } = await makeDoctor(database.db);
  const patient = await makePatient(database.db);
  const { id } = await bookAppointment(patient, { doctorId, start, reason: "Check-up" }, now);
  const transport = countingTransport();
  await dispatchDueEmails({ db: database.db, transport, now: () => now });
  const email = transport.deliveries.find((d) => d.idempotencyKey === `appointment.booked:${id}:0:patient`)!;
  const token = (label: string) => new RegExp(`${label}: http://clinic\\.test/manage/(\\S+)`).exec(email.text)![1]!;
  return { id, patient, cancel: token("Cancel appointment"), reschedule: token("Choose another time"), transport };
}

describe("signed links in emails", () => {
  it("the cancel link opens for the appointment's own patient and cancels it once", async () => {
    const { id, patient, cancel } = await bookedWithEmail("2030-01-10T10:00:00.000Z");
    const link = await openActionLink(cancel, now);
    if (!link.ok) throw new Error(link.problem);
    expect(link.claims).toMatchObject({ appointmentId: id, action: "cancel", sequence: 0 });
    expect(link.actor).toMatchObject({ id: patient.id, role: "PATIENT", patientId: patient.patientId });

    await cancelAppointment(
      link.actor,
      { appointmentId: id, reason: "Via email", expectedSequence: link.claims.sequence },
      now,
    );
    expect(await database.db.appointment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancelledById: patient.id,
    });
    expect(await openActionLink(cancel, now)).toEqual({ ok: false, problem: "stale" });
  });

  it("two uses of one reschedule link at once: one moves the appointment, the other is refused", async () => {
    const { id, reschedule } = await bookedWithEmail("2030-01-11T10:00:00.000Z");
    const link = await openActionLink(reschedule, now);
    if (!link.ok) throw new Error(link.problem);
    const outcomes = await Promise.all(
      ["2030-01-11T13:00:00.000Z", "2030-01-11T14:00:00.000Z"].map((start) =>
        failureOf(
          rescheduleAppointment(link.actor, { appointmentId: id, start, expectedSequence: link.claims.sequence }, now),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatch(/already been used|changed a moment ago/);
    expect((await database.db.appointment.findUniqueOrThrow({ where: { id } })).sequence).toBe(1);
  });

  it("a link from an older email stops working once the appointment changed", async () => {
    const { id, patient, cancel } = await bookedWithEmail("2030-01-12T10:00:00.000Z");
    await rescheduleAppointment(patient, { appointmentId: id, start: "2030-01-12T15:00:00.000Z" }, now);
    expect(await openActionLink(cancel, now)).toEqual({ ok: false, problem: "stale" });
    expect(
      await failureOf(cancelAppointment(patient, { appointmentId: id, reason: "Old link", expectedSequence: 0 }, now)),
    ).toBe(inEnglish(staleVersionMessage));
  });

  it("expires at the start; inside the cut-off the status machine still says no", async () => {
    const { id, cancel } = await bookedWithEmail("2030-01-08T10:00:00.000Z"); // 26 h ahead
    expect(await openActionLink(cancel, new Date("2030-01-08T10:00:00Z"))).toEqual({ ok: false, problem: "expired" });
    const late = new Date("2030-01-07T12:00:00Z"); // 22 h before: inside the 24 h cut-off
    const link = await openActionLink(cancel, late);
    if (!link.ok) throw new Error(link.problem);
    expect(
      await failureOf(
        cancelAppointment(
          link.actor,
          { appointmentId: id, reason: "Too late", expectedSequence: link.claims.sequence },
          late,
        ),
      ),
    ).toMatch(/until 24 hours before/);
  });

  it("a tampered token is invalid", async () => {
    const { cancel } = await bookedWithEmail("2030-01-13T10:00:00.000Z");
    expect(await openActionLink(`${cancel.slice(0, -2)}xx`, now)).toEqual({ ok: false, problem: "invalid" });
  });
});
