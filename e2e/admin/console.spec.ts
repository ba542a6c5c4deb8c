import { confirmInDialog, expect, expectAccessible, registerNewPatient, sql, test } from "../fixtures";

test("the dashboard shows figures and three charts, each with its numbers as a table", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await expect(page.getByRole("heading", { name: "Clinic dashboard" })).toBeVisible();
  for (const id of [
    "figure-today",
    "figure-week",
    "figure-pending",
    "figure-no-show-rate",
    "figure-cancellations",
    "figure-new-patients",
  ]) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  for (const chart of ["chart-per-day", "chart-specialty", "chart-doctor-share"]) {
    await expect(page.getByTestId(chart).locator(".recharts-wrapper svg").first()).toBeVisible();
  }
  await page.getByTestId("chart-doctor-share").getByText("Show the numbers as a table").click();
  await expect(
    page.getByTestId("chart-doctor-share").getByRole("rowheader", { name: "Astrid Lindqvist" }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("an admin deactivates a patient, whose session stops; the audit log shows it", async ({
  page,
  loginAs,
  browser,
}) => {
  const patientContext = await browser.newContext();
  const patientPage = await patientContext.newPage();
  const email = await registerNewPatient(patientPage, "Dee Activated");

  await loginAs("ADMIN");
  await page.goto("/admin/users");
  await page.getByLabel("Name, email or phone").fill(email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dee Activated" }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await confirmInDialog(page, "Deactivate account");
  await expect(page.getByTestId("user-summary")).toContainText("Deactivated");

  await patientPage.goto("/patient");
  await expect(patientPage).toHaveURL(/\/login/);
  await patientContext.close();

  await page.goto("/admin/audit?action=user.deactivate");
  const [user] = await sql<{ id: string }>("SELECT id FROM users WHERE email = $1", [email]);
  const entry = page.getByTestId("audit-table").getByRole("row").filter({ hasText: user!.id });
  await expect(entry).toContainText("user.deactivate");
  await expect(entry).toContainText("Alex Morgan");
  await expectAccessible(page);
});

test("the last active administrator cannot deactivate themself", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  const [admin] = await sql<{ id: string }>("SELECT id FROM users WHERE email = 'admin@clinic.test'");
  await page.goto(`/admin/users/${admin!.id}`);
  // The policy the service applies decides the page too: no button, the reason instead.
  await expect(page.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);
  await expect(page.getByTestId("activation-refused")).toContainText("last active administrator");
  await expect(page.getByTestId("user-summary")).toContainText("Active");
});

test("settings: a time zone change warns what it affects; a bad value is shown at its field; a good one is saved", async ({
  page,
  loginAs,
}) => {
  await loginAs("ADMIN");
  await page.goto("/admin/settings");
  await expectAccessible(page);
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await expect(page.getByTestId("zone-warning")).toContainText("weekly hours");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await expect(page.getByTestId("zone-warning")).toHaveCount(0);

  await page.getByLabel("Booking window (days)").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("error-bookingWindowDays")).toBeVisible();
  await page.getByLabel("Booking window (days)").fill("75");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("form", { name: "Clinic settings" }).getByTestId("form-status")).toContainText(
    "Settings saved",
  );
  const [row] = await sql<{ booking_window_days: number }>(
    "SELECT booking_window_days FROM clinic_settings WHERE id = 1",
  );
  expect(row!.booking_window_days).toBe(75);
});

test("reports, specialties and the audit log are reachable and accessible", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  for (const [path, heading] of [
    ["/admin/reports", "Reports"],
    ["/admin/specialties", "Specialties"],
    ["/admin/audit", "Audit log"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto("/admin/specialties");
  await page.getByLabel("New specialty").fill("Neurology");
  await page.getByRole("button", { name: "Add specialty" }).click();
  await expect(page.getByRole("form", { name: "Add a specialty" }).getByTestId("form-status")).toContainText(
    "Neurology added.",
  );
  await page.getByRole("button", { name: "Delete Neurology" }).click();
  await confirmInDialog(page, "Delete specialty");
  await expect(page.getByText("Neurology ·")).toHaveCount(0);
});
