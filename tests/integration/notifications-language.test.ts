// Each recipient reads an appointment email in their own language: the one on their account, else the
// clinic's default; the .ics speaks it too, and a retry renders the same words from the outbox row.
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";
import { countingTransport } from "../support/counting-transport";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");

beforeAll(async () => {
  process.env.AUTH_SECRET ||= "test-secret-for-signed-links-0000000000";
  process.env.APP_URL = "http://clinic.test";
  await setClinic(database.db, { timeZone: "Asia/Dhaka" });
});

/** A patient whose account reads `locale` books a doctor; returns both emails as sent. */
async function bookAndSend(locale: string | null, start: string) {
  const { doctorId } = await makeDoctor(database.db, { startMinute: 0, endMinute: 24 * 60 });
  const patient = await makePatient(database.db);
  await database.db.user.update({ where: { id: patient.id }, data: { locale } });
  const { id } = await bookAppointment(patient, { doctorId, start, reason: "জ্বর" }, now);
  const transport = countingTransport();
  await dispatchDueEmails({ db: database.db, transport, now: () => now });
  const sent = (to: "patient" | "doctor") =>
    transport.deliveries.find((d) => d.idempotencyKey === `appointment.booked:${id}:0:${to}`)!;
  return { patient: sent("patient"), doctor: sent("doctor") };
}

describe("appointment emails in the recipient's language", () => {
  it("a Bengali patient gets Bengali words and digits; the doctor, with no choice, the clinic's English", async () => {
    const { patient, doctor } = await bookAndSend("bn", "2030-01-10T04:00:00.000Z"); // 10:00 in Dhaka
    expect(patient.subject).toMatch(/^বুক হয়েছে: Dr Test, .*১০:০০/);
    expect(patient.text).toContain("আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে");
    expect(patient.text).toContain("কখন: বৃহস্পতিবার, ১০ জানুয়ারি ২০৩০, ১০:০০");
    expect(patient.html).toContain('<html lang="bn-BD" dir="ltr">');
    const ics = patient.attachments[0]!.content.replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:Test Clinic: Dr Test-এর সঙ্গে অ্যাপয়েন্টমেন্ট");
    expect(ics).toContain("DESCRIPTION:General Practice। কারণ: জ্বর");

    expect(doctor.subject).toMatch(/^Booked: Pat Test, Thu 10 Jan, 10:00$/);
    expect(doctor.text).toContain("Pat Test has an appointment with you.");
    expect(doctor.html).toContain('<html lang="en-GB" dir="ltr">');
  });

  it("without a choice of their own, people read the clinic's default language", async () => {
    await database.db.clinicSettings.update({ where: { id: 1 }, data: { defaultLocale: "bn" } });
    try {
      const { patient, doctor } = await bookAndSend(null, "2030-01-11T04:00:00.000Z");
      expect(patient.subject).toMatch(/^বুক হয়েছে/);
      expect(doctor.subject).toMatch(/^বুক হয়েছে: Pat Test/);
      expect(doctor.text).toContain("Pat Test-এর আপনার সঙ্গে একটি অ্যাপয়েন্টমেন্ট আছে।");
      // A language the clinic no longer has a catalogue for falls back to English.
      const { patient: unknown } = await bookAndSend("xx", "2030-01-12T04:00:00.000Z");
      expect(unknown.subject).toMatch(/^Booked: Dr Test/);
    } finally {
      await database.db.clinicSettings.update({ where: { id: 1 }, data: { defaultLocale: "en" } });
    }
  });
});
