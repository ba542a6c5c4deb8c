import type { Browser, Page } from "@playwright/test";
import {
  confirmInDialog,
  expect,
  expectAccessible,
  registerNewPatient,
  signIn,
  sql,
  sqlCount,
  test,
} from "../fixtures";

const DOCTOR = { email: "dr.nakamura@clinic.test", name: "Yuki Nakamura" };

async function doctorPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/doctor$/);
  return page;
}

test.afterEach(async () => {
  await sql("UPDATE clinic_settings SET require_doctor_confirmation = false WHERE id = 1");
});

test("a doctor sets hours, confirms a patient's request, completes it with a note, and the patient sees the visit", async ({
  browser,
  page: patient,
}) => {
  // Requests wait for the doctor, so the journey has something to confirm (restored after the test).
  await sql("UPDATE clinic_settings SET require_doctor_confirmation = true WHERE id = 1");
  // The demo doctor works no Sundays; a retry of this test starts from that again.
  await sql(
    "DELETE FROM working_hours WHERE weekday = 7 AND doctor_id = (SELECT d.id FROM doctor_profiles d JOIN users u ON u.id = d.user_id WHERE u.email = $1)",
    [DOCTOR.email],
  );
  const doctor = await doctorPage(browser, DOCTOR.email);

  // Hours: a Sunday morning is added; an end before the start is refused next to the field first.
  await doctor.getByRole("link", { name: "Availability" }).first().click();
  await expect(doctor.getByRole("heading", { name: "Weekly hours" })).toBeVisible();
  await expectAccessible(doctor);
  await doctor.getByRole("button", { name: "Add period on Sunday" }).click();
  await doctor.getByLabel("From, Sunday period 1").fill("09:00");
  await doctor.getByLabel("To, Sunday period 1").fill("08:00");
  await doctor.getByRole("button", { name: "Save hours" }).click();
  await expect(doctor.getByTestId("hours-day-7")).toContainText("The end must be after the start.");
  await doctor.getByLabel("To, Sunday period 1").fill("12:00");
  await doctor.getByRole("button", { name: "Save hours" }).click();
  await expect(doctor.getByTestId("form-status").first()).toContainText("Working hours saved.");
  const sunday = await sql<{ start_minute: number; end_minute: number }>(
    `SELECT w.start_minute, w.end_minute FROM working_hours w JOIN doctor_profiles d ON d.id = w.doctor_id JOIN users u ON u.id = d.user_id WHERE u.email = $1 AND w.weekday = 7`,
    [DOCTOR.email],
  );
  expect(sunday).toEqual([{ start_minute: 540, end_minute: 720 }]);
  await expect(doctor.getByTestId("slot-preview")).toBeVisible();

  // A new patient books the first free time next week: a request awaiting confirmation.
  await registerNewPatient(patient, "Robin Journey");
  await patient.goto("/patient/doctors");
  await patient.getByLabel("Name or specialty").fill("Nakamura");
  await patient.getByRole("button", { name: "Search" }).click();
  await patient.getByRole("link", { name: `See times for ${DOCTOR.name}` }).click();
  await patient.getByRole("link", { name: "Next week →" }).click();
  await patient.getByTestId("slot").first().click();
  await patient.getByLabel("Reason for the visit").fill("Persistent wheeze after running");
  await patient.getByRole("button", { name: "Confirm booking" }).click();
  await expect(patient.getByTestId("appointment-notice")).toHaveText("Your appointment is booked.");
  await expect(patient.getByText("Awaiting confirmation")).toBeVisible();
  const appointmentId = new URL(patient.url()).pathname.split("/").pop()!;

  // The doctor finds it among the requests on the dashboard and confirms it.
  await doctor.goto("/doctor");
  await expect(doctor.getByTestId("pending-requests")).toContainText("Persistent wheeze after running");
  await expectAccessible(doctor);
  await doctor.getByRole("link", { name: "Review the request from Robin Journey" }).click();
  await expect(doctor).toHaveURL(new RegExp(`/doctor/appointments/${appointmentId}$`));
  await doctor.getByRole("button", { name: "Confirm appointment" }).click();
  await expect(doctor.getByTestId("appointment-notice")).toHaveText(
    "Appointment confirmed. The patient has been emailed.",
  );
  expect(
    await sqlCount(
      "SELECT count(*)::int AS n FROM outbox_messages WHERE appointment_id = $1 AND kind = 'appointment.confirmed'",
      [appointmentId],
    ),
  ).toBe(1);
  await expectAccessible(doctor);

  // "Complete" is allowed only once the visit has started, so the booked visit is moved to
  // yesterday evening (outside anyone's hours, so no overlap) as if its time had come.
  await sql(
    `UPDATE appointments SET starts_at = date_trunc('day', now()) - interval '3 hours', ends_at = date_trunc('day', now()) - interval '150 minutes' WHERE id = $1`,
    [appointmentId],
  );
  await doctor.reload();
  await doctor.getByRole("button", { name: "Mark as completed" }).click();
  await confirmInDialog(doctor, "Mark as completed");
  await expect(doctor.getByTestId("appointment-notice")).toHaveText("Visit marked as completed.");
  await doctor
    .getByLabel("Your note")
    .fill("Exercise-induced bronchospasm. Salbutamol before sport; review in four weeks.");
  await doctor.getByRole("button", { name: "Save note" }).click();
  await expect(doctor.getByText("Note saved.")).toBeVisible();
  await expect(doctor.getByTestId("visit-notes")).toContainText("Salbutamol before sport");
  expect(
    await sqlCount("SELECT count(*)::int AS n FROM audit_events WHERE action = 'visit_note.write'"),
  ).toBeGreaterThan(0);

  // The patient's record for the doctor, with the note.
  await doctor.getByRole("link", { name: "Patient record and history" }).click();
  await expect(doctor.getByTestId("patient-past")).toContainText("Salbutamol before sport");
  await expectAccessible(doctor);

  // Another doctor gets "not found" for the appointment and 403 for the patient.
  const stranger = await doctorPage(browser, "dr.patel@clinic.test");
  expect((await stranger.goto(`/doctor/appointments/${appointmentId}`))?.status()).toBe(404);
  const patientPath = new URL(doctor.url()).pathname;
  expect((await stranger.goto(patientPath))?.status()).toBe(403);

  // The patient sees the completed visit.
  await patient.goto("/patient");
  const past = patient.getByTestId("past-appointments");
  await expect(past).toContainText("Persistent wheeze after running");
  await expect(past).toContainText("Completed");
});

test("the agenda shows day and week views and the report shows the month", async ({ browser }) => {
  const doctor = await doctorPage(browser, "dr.patel@clinic.test");
  await doctor.getByRole("link", { name: "Agenda" }).first().click();
  await expect(doctor.getByTestId("agenda-title")).toBeVisible();
  await expect(doctor.getByRole("button", { name: "Print day list" })).toBeVisible();
  await expectAccessible(doctor);
  await doctor.getByRole("link", { name: "Week", exact: true }).click();
  await expect(doctor.getByTestId("agenda-week").locator(":scope > li")).toHaveCount(7);
  await doctor.getByRole("link", { name: "Next →" }).click();
  await expect(doctor.getByTestId("agenda-title")).toContainText("Week of");
  await expectAccessible(doctor);
  await doctor.getByRole("link", { name: "Report" }).first().click();
  await expect(doctor.getByTestId("report-booked")).toBeVisible();
  await expectAccessible(doctor);
  await doctor.getByRole("link", { name: "Profile" }).first().click();
  await doctor.getByRole("button", { name: "Create private link" }).click();
  const url = await doctor.getByTestId("calendar-feed-url").inputValue();
  const feed = await doctor.request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await expectAccessible(doctor);
});

test("closing a day with a booked visit asks the doctor first, then cancels it with a reason; leave is added", async ({
  browser,
}) => {
  const [visit] = await sql<{ id: string; starts_at: Date }>(
    `SELECT a.id, a.starts_at FROM appointments a JOIN doctor_profiles d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id
      JOIN patient_profiles p ON p.id = a.patient_id JOIN users pu ON pu.id = p.user_id
     WHERE u.email = $1 AND pu.email = 'li.wei@example.test' AND a.status = 'CONFIRMED' AND a.starts_at > now() ORDER BY a.starts_at LIMIT 1`,
    [DOCTOR.email],
  );
  const weekday = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", weekday: "long" }).format(
    visit!.starts_at,
  );
  const doctor = await doctorPage(browser, DOCTOR.email);
  await doctor.goto("/doctor/availability");
  const firstPeriod = doctor.getByRole("button", { name: `Remove ${weekday} period 1` });
  const day = doctor.getByTestId(/^hours-day-/).filter({ hasText: weekday });
  // isVisible() does not wait: wait for the editor first, then remove periods until the day is off
  // (a click before hydration does nothing, so retry rather than count clicks).
  await expect(firstPeriod).toBeVisible();
  await expect(async () => {
    if (await firstPeriod.isVisible()) await firstPeriod.click();
    await expect(day).toContainText("Day off", { timeout: 500 });
  }).toPass({ timeout: 15_000 });

  await doctor.getByRole("button", { name: "Save hours" }).click();
  const stranded = doctor.getByTestId("stranded");
  await expect(stranded).toContainText("Li Wei");
  await expectAccessible(doctor);
  await doctor.getByLabel("Cancel them and email the patients").check();
  await doctor.getByRole("button", { name: "Save hours" }).click();
  await expect(stranded.getByTestId("error-cancelReason")).toBeVisible();
  await doctor
    .getByLabel("Reason for cancelling (sent to the patients)")
    .fill("My clinic on this day has moved to another site");
  await doctor.getByRole("button", { name: "Save hours" }).click();
  await expect(doctor.getByTestId("form-status").first()).toContainText(
    /Working hours saved\. \d+ appointments? (was|were) cancelled/,
  );
  const [row] = await sql<{ status: string; cancellation_reason: string }>(
    "SELECT status, cancellation_reason FROM appointments WHERE id = $1",
    [visit!.id],
  );
  expect(row).toEqual({ status: "CANCELLED", cancellation_reason: "My clinic on this day has moved to another site" });
  expect(
    await sqlCount(
      "SELECT count(*)::int AS n FROM outbox_messages WHERE appointment_id = $1 AND kind = 'appointment.cancelled' AND to_email = 'li.wei@example.test'",
      [visit!.id],
    ),
  ).toBe(1);

  // Leave next year, clear of any booking.
  const year = new Date().getUTCFullYear() + 1;
  await doctor.getByLabel("From", { exact: true }).last().fill(`${year}-01-05T09:00`);
  await doctor.getByLabel("Until").fill(`${year}-01-07T17:00`);
  await doctor.getByLabel("Note").fill("Paediatrics conference");
  await doctor.getByRole("button", { name: "Add leave" }).click();
  await expect(doctor.getByTestId("leave-list")).toContainText("Paediatrics conference");
});
