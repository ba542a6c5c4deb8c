import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import english from "@/messages/en.json";
import bengali from "@/messages/bn.json";
import type { Translate, Words } from "@/lib/i18n/words";
import type { AppointmentEmailPayload, AppointmentEvent, AppointmentFacts } from "@/lib/notifications/email-payload";
import { calendarAttachment } from "@/lib/notifications/email-attachments";
import { appointmentSubject } from "@/lib/notifications/subject";
import { renderAccountEmail } from "./account";
import { renderAppointmentEmail, WHAT_TO_BRING } from "./appointment";

const facts: AppointmentFacts = {
  appointmentId: "6f1c2f7e-8d7a-4a8e-9a53-1b2c3d4e5f60",
  sequence: 2,
  startsAt: "2030-06-04T08:30:00.000Z", // 09:30 in London (BST)
  endsAt: "2030-06-04T09:00:00.000Z",
  status: "CONFIRMED",
  reason: "Knee pain <after> running",
  patientName: "Jane Doe",
  doctorName: "Priya Patel",
  specialty: "General Practice",
  location: "Room 4",
  clinic: {
    name: "Riverside Family Clinic",
    address: "12 River Street, London",
    phone: "+44 20 7946 0000",
    email: "hello@clinic.test",
    timeZone: "Europe/London",
  },
};
const wordsOf = (locale: string, messages: typeof english): Words => ({
  t: createTranslator({ locale, messages: messages as Record<string, unknown> }) as unknown as Translate,
  intl: messages.meta.intl,
  dir: messages.meta.dir as "ltr" | "rtl",
});
const en = wordsOf("en", english);
const bn = wordsOf("bn", bengali);
const links = {
  view: "http://x/patient/appointments/1",
  cancel: "http://x/manage/c.1",
  reschedule: "http://x/manage/r.1",
};
const payload = (event: AppointmentEvent, recipient: "patient" | "doctor" = "patient") =>
  ({ kind: `appointment.${event.event}`, recipient, facts, ...event }) as AppointmentEmailPayload;
const render = (p: AppointmentEmailPayload, words: Words = en) =>
  renderAppointmentEmail(p, appointmentSubject(p, words), p.recipient === "patient" ? links : null, words);

const events: AppointmentEvent[] = [
  { event: "booked" },
  { event: "confirmed" },
  { event: "rejected", reason: "Not my specialty" },
  { event: "rescheduled", previousStartsAt: "2030-06-03T08:30:00.000Z" },
  { event: "cancelled", reason: "Feeling better", by: "PATIENT" },
  { event: "reminder", leadMinutes: 1440 },
];

describe("appointment emails", () => {
  it.each(events)("$event: clinic, doctor, time in the clinic's zone and address, in HTML and plain text", (event) => {
    const { html, text } = render(payload(event));
    for (const part of [html, text]) {
      expect(part).toContain("Riverside Family Clinic");
      expect(part).toContain("Priya Patel");
      expect(part).toContain("Tuesday 4 June 2030 at 09:30 BST");
      expect(part).toContain("12 River Street, London");
    }
    expect(html).toContain("Knee pain &lt;after&gt; running"); // escaped
    expect(text).toContain("Knee pain <after> running");
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  it("live appointments: what to bring and the signed links; ended ones: neither", () => {
    const live = render(payload({ event: "reminder", leadMinutes: 120 }));
    expect(live.text).toContain("is in 2 hours");
    for (const item of WHAT_TO_BRING) expect(live.text).toContain(en.t(`emails.bring.${item}`));
    expect(live.text).toContain("Photo ID and your insurance card");
    expect(live.text).toContain(`Cancel appointment: ${links.cancel}`);
    expect(live.html).toContain(`href="${links.reschedule}"`);
    const cancelled = render(payload({ event: "cancelled", reason: "Doctor unwell", by: "ADMIN" }));
    expect(cancelled.text).not.toContain(links.cancel);
    expect(cancelled.text).toContain("by the clinic");
    expect(cancelled.text).toContain("Why: Doctor unwell");
  });

  it("the doctor's copy names the patient and carries no patient links", () => {
    const { text } = render(payload({ event: "booked" }, "doctor"));
    expect(text).toContain("Jane Doe has an appointment with you");
    expect(text).not.toContain("/manage/");
  });

  it("a move shows the old and the new time", () => {
    const { text } = render(payload({ event: "rescheduled", previousStartsAt: "2030-06-03T08:30:00.000Z" }));
    expect(text).toContain("Was: Monday 3 June 2030 at 09:30 BST");
  });
});

describe("in the recipient's language", () => {
  it("a Bengali patient gets the subject, body, dates in Bengali digits, and the .ics in Bengali", () => {
    const p = { ...payload({ event: "booked" }), locale: "bn" } as AppointmentEmailPayload;
    expect(appointmentSubject(p, bn)).toMatch(/^বুক হয়েছে: Priya Patel, .*৪.*০৯:৩০/);
    const { html, text } = render(p, bn);
    expect(html).toContain('<html lang="bn-BD" dir="ltr">');
    expect(text).toContain("আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে");
    expect(text).toContain("কখন: মঙ্গলবার, ৪ জুন ২০৩০, ০৯:৩০");
    expect(text).toContain("অনুগ্রহ করে সঙ্গে আনুন");
    expect(text).not.toMatch(/[0-9]{2}:[0-9]{2}/); // no Western digits in the times
    const ics = calendarAttachment(p, bn)!.content.replace(/\r\n /g, ""); // unfold 75-octet lines
    expect(ics).toContain("SUMMARY:Riverside Family Clinic: Priya Patel-এর সঙ্গে অ্যাপয়েন্টমেন্ট");
    expect(ics).toContain("কারণ: Knee pain <after> running");
  });

  it("a reminder says how far ahead in the recipient's words", () => {
    expect(render(payload({ event: "reminder", leadMinutes: 120 }), bn).text).toContain("২ ঘণ্টা পরে");
    expect(render(payload({ event: "reminder", leadMinutes: 2880 })).text).toContain("is in 2 days");
  });
});

describe("calendar attachment", () => {
  it("booked, moved and cancelled carry an .ics with the stable UID and the appointment's sequence", () => {
    const booked = calendarAttachment(payload({ event: "booked" }), en)!;
    expect(booked.content).toContain(`UID:appointment-${facts.appointmentId}@clinic-appointments`);
    expect(booked.content).toContain("SEQUENCE:2");
    expect(booked.content).toContain("METHOD:PUBLISH");
    const moved = calendarAttachment(
      {
        ...payload({ event: "rescheduled", previousStartsAt: facts.startsAt }),
        facts: { ...facts, sequence: 3 },
      },
      en,
    )!;
    expect(moved.content).toContain("SEQUENCE:3");
    const cancelled = calendarAttachment(
      {
        ...payload({ event: "cancelled", reason: "x", by: "PATIENT" }),
        facts: { ...facts, sequence: 4 },
      },
      en,
    )!;
    expect(cancelled.content).toContain("METHOD:CANCEL");
    expect(cancelled.content).toContain("STATUS:CANCELLED");
    expect(cancelled.content).toContain("SEQUENCE:4");
    expect(cancelled.contentType).toContain("method=CANCEL");
  });

  it("confirmations and reminders need none", () => {
    expect(calendarAttachment(payload({ event: "confirmed" }), en)).toBeNull();
    expect(calendarAttachment(payload({ event: "reminder", leadMinutes: 120 }), en)).toBeNull();
  });
});

describe("account emails", () => {
  it("reset and invite carry the link and say it works once within the hour", () => {
    const reset = renderAccountEmail(
      {
        kind: "account.password-reset",
        name: "Jane",
        link: "http://x/reset-password/abc",
        expiresAt: "2030-01-01T01:00:00Z",
      },
      "Reset your password",
      "Riverside",
      en,
    );
    expect(reset.text).toContain("Choose a new password: http://x/reset-password/abc");
    expect(reset.text).toContain("works once and expires within an hour");
    const invite = renderAccountEmail(
      {
        kind: "account.invite",
        name: "Dr New",
        link: "http://x/reset-password/def",
        expiresAt: "2030-01-01T01:00:00Z",
      },
      "Set your password",
      "Riverside",
      en,
    );
    expect(invite.html).toContain("Welcome to Riverside");
    expect(invite.text).toContain("Set your password: http://x/reset-password/def");
  });
});
