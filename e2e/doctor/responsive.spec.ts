import { demo, expect, expectAccessible, sql, test } from "../fixtures";

// Runs in the 360 px wide "phone-360" project: every doctor page fits a phone without sideways scrolling.
const pages = [
  "/doctor",
  "/doctor/agenda",
  "/doctor/agenda?view=week",
  "/doctor/availability",
  "/doctor/report",
  "/doctor/profile",
];

test("the doctor's pages fit a 360 px screen", async ({ page, loginAs }) => {
  await loginAs("DOCTOR");
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  const [visit] = await sql<{ id: string }>(
    "SELECT a.id FROM appointments a JOIN doctor_profiles d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id WHERE u.email = $1 ORDER BY a.starts_at DESC LIMIT 1",
    [demo.DOCTOR.email],
  );
  await page.goto(`/doctor/appointments/${visit!.id}`);
  await expect(page.getByRole("heading", { name: "Visit notes" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
