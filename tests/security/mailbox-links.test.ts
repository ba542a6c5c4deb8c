// With the development mailbox in production (no RESEND_API_KEY), an admin reading the mailbox sees
// that a link was sent, never the link: no cancel/reschedule token, no password link, and the
// password link is not kept in the outbox row either. In development the demo still shows them.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bookAppointment } from "@/lib/appointments/book";
import { dispatchDueEmails } from "@/lib/notifications/dispatcher";
import { mailboxTransport } from "@/lib/notifications/mailbox-transport";
import { getMailboxEmail } from "@/lib/notifications/queries";
import { requestPasswordReset } from "@/lib/users/password-reset";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");
const HIDDEN = "[link hidden: only the recipient can open it]";

beforeAll(async () => {
  await setClinic(database.db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function mailboxCopies(toEmail: string) {
  await dispatchDueEmails({ db: database.db, transport: mailboxTransport, now: () => now });
  const rows = await database.db.outboxMessage.findMany({ where: { toEmail, status: "SENT" } });
  expect(rows.length).toBeGreaterThan(0);
  return Promise.all(rows.map(async (row) => ({ row, shown: (await getMailboxEmail(row.id))! })));
}

describe("links in the development mailbox", () => {
  it("in production: the admin sees that links were sent, never the links", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("RESEND_API_KEY", "");
    const { actor: doctor } = await makeDoctor(database.db);
    const patient = await makePatient(database.db);
    await bookAppointment(
      patient,
      { doctorId: doctor.doctorId!, start: "2030-01-08T10:00:00.000Z", reason: "Cough" },
      now,
    );
    await requestPasswordReset(patient.email, now);
    const copies = await mailboxCopies(patient.email);
    expect(copies.map((c) => c.row.kind).sort()).toEqual(expect.arrayContaining(["account.password-reset"]));
    for (const { row, shown } of copies) {
      const everything = `${shown.email.html}\n${shown.email.text}`;
      expect(everything, row.kind).not.toMatch(/\/manage\/|\/reset-password\/|token=/);
      expect(everything, row.kind).toContain(HIDDEN);
      if (row.kind.startsWith("account.")) expect((row.payload as { link: unknown }).link).toBeNull();
    }
  });

  it("in development: the demo mailbox still shows working links", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("RESEND_API_KEY", "");
    const patient = await makePatient(database.db);
    await requestPasswordReset(patient.email, now);
    const [copy] = await mailboxCopies(patient.email);
    expect(copy!.shown.email.text).toMatch(/\/reset-password\//);
    expect(copy!.shown.email.text).not.toContain(HIDDEN);
  });
});
