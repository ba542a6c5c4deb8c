import { readFile } from "node:fs/promises";
import { confirmInDialog, expect, expectAccessible, registerNewPatient, sql, sqlCount, test } from "../fixtures";

test("an admin creates a doctor and sets their hours; a patient books them; the admin finds, exports, moves and cancels it, then raises the fee", async ({
  page,
  loginAs,
  browser,
}) => {
  const surname = `Quill${Date.now().toString(36)}`;
  const doctorName = `Rosa ${surname}`;
  const doctorEmail = `rosa.${surname.toLowerCase()}@clinic.test`;

  // The admin creates the doctor account.
  await loginAs("ADMIN");
  await page.goto("/admin/users/new/doctor");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create doctor account" }).click();
  await expect(page.getByTestId("error-name")).toBeVisible(); // validated before anything is sent
  await page.getByLabel("Full name").fill(doctorName);
  await page.getByLabel("Email").fill(doctorEmail);
  await page.getByLabel("Specialty").selectOption({ label: "Dermatology" });
  await page.getByLabel("Licence number").fill(`GMC-${surname}`);
  await page.getByLabel("Years of experience").fill("6");
  await page.getByLabel("Fee (£)").fill("85");
  await page.getByLabel("Slot length (minutes)").fill("30");
  await page.getByRole("button", { name: "Create doctor account" }).click();
  await expect(page.getByTestId("notice")).toContainText(`a link to set a password is on its way to ${doctorEmail}`);
  expect(
    await sqlCount("SELECT count(*)::int AS n FROM outbox_messages WHERE to_email = $1 AND kind = 'account.invite'", [
      doctorEmail,
    ]),
  ).toBe(1);

  // …and sets the doctor's weekly hours: 09:00–12:00 every day.
  await page.getByRole("link", { name: "Weekly hours" }).click();
  await expect(page.getByRole("heading", { name: `Weekly hours: ${doctorName}` })).toBeVisible();
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    await page.getByRole("button", { name: `Add period on ${day}` }).click();
  }
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByTestId("form-status")).toContainText("Working hours saved.");
  await expectAccessible(page);

  // A patient books the new doctor, in a separate browser session.
  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  const patientEmail = await registerNewPatient(patientPage, "Iris Booker");
  await patientPage.goto("/patient/doctors");
  await patientPage.getByLabel("Name or specialty").fill(surname);
  await patientPage.getByRole("button", { name: "Search" }).click();
  await patientPage.getByRole("link", { name: `See times for ${doctorName}` }).click();
  await patientPage.getByRole("link", { name: "Next week →" }).click();
  await patientPage.getByTestId("slot").first().click();
  await patientPage.getByLabel("Reason for the visit").fill("Rash that will not settle");
  await patientPage.getByRole("button", { name: "Confirm booking" }).click();
  await expect(patientPage.getByTestId("appointment-notice")).toBeVisible();
  await patientContext.close();

  // The admin sees it in the table, filtered by the doctor…
  await page.getByRole("link", { name: "Appointments" }).first().click();
  await page.getByLabel("Doctor", { exact: true }).selectOption({ label: doctorName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const table = page.getByTestId("appointments-table");
  await expect(table).toContainText("Iris Booker");
  await expect(table.getByRole("row")).toHaveCount(2); // header + the one booking
  await expectAccessible(page);

  // …and the CSV export of that filtered set contains it.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^appointments-.*\.csv$/);
  const csv = await readFile((await file.path())!, "utf8");
  const lines = csv.trim().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(doctorName);
  expect(lines[1]).toContain(patientEmail);
  expect(lines[1]).toContain("Rash that will not settle");

  // The admin moves it to another free time, then cancels it with a reason: the same status
  // machine as everyone else, with the emails written to the outbox.
  await table.getByRole("link").first().click();
  await expectAccessible(page);
  const appointmentId = page.url().split("/").pop()!.split("?")[0]!;
  await page.getByRole("link", { name: "Move to another time" }).click();
  await page.getByRole("link", { name: "Next week →" }).click();
  await expect(page).toHaveURL(/reschedule\?week=/);
  await page.getByTestId("slot").nth(1).click();
  await page.getByRole("button", { name: "Move the appointment" }).click();
  await expect(page.getByTestId("notice")).toHaveText("Moved. The patient and the doctor have been emailed.");
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(page.getByTestId("error-reason")).toBeVisible();
  await page
    .getByLabel("Reason for cancelling (sent to the patient and the doctor)")
    .fill("The doctor is called to an emergency");
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await expectAccessible(page); // with the confirmation dialog open
  await confirmInDialog(page, "Cancel appointment");
  await expect(page.getByTestId("notice")).toHaveText("Cancelled. The patient and the doctor have been emailed.");
  await expect(page.getByTestId("no-actions")).toBeVisible();
  const [row] = await sql<{ status: string; sequence: number; cancellation_reason: string }>(
    "SELECT status, sequence, cancellation_reason FROM appointments WHERE id = $1",
    [appointmentId],
  );
  expect(row).toEqual({
    status: "CANCELLED",
    sequence: 2,
    cancellation_reason: "The doctor is called to an emergency",
  });
  expect(
    await sqlCount(
      "SELECT count(*)::int AS n FROM outbox_messages WHERE appointment_id = $1 AND to_email = $2 AND kind LIKE '%cancel%'",
      [appointmentId, patientEmail],
    ),
  ).toBe(1);

  // The admin raises the doctor's fee from their profile; the booked visit keeps the fee it was booked at.
  const [doctor] = await sql<{ id: string }>(
    "SELECT d.id FROM doctor_profiles d JOIN users u ON u.id = d.user_id WHERE u.email = $1",
    [doctorEmail],
  );
  await page.goto(`/admin/doctors/${doctor!.id}/profile`);
  await expect(page.getByRole("heading", { name: `Professional profile: ${doctorName}` })).toBeVisible();
  await expect(page.getByLabel("Consultation fee (£)")).toHaveValue("85.00");
  await page.getByLabel("Consultation fee (£)").fill("95");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-status")).toContainText("Profile saved");
  await expectAccessible(page);
  const [fees] = await sql<{ doctor: number; visit: number }>(
    "SELECT d.fee_cents AS doctor, a.fee_cents AS visit FROM appointments a JOIN doctor_profiles d ON d.id = a.doctor_id WHERE a.id = $1",
    [appointmentId],
  );
  expect(fees).toEqual({ doctor: 9500, visit: 8500 });
  await page.goto(`/admin/appointments/${appointmentId}`);
  await expect(page.getByText("£85.00")).toBeVisible();
});
