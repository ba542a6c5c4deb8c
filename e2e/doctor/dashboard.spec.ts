import { expect, expectAccessible, sqlCount, test } from "../fixtures";

test("a doctor lands on today's dashboard with counts from the database", async ({ page, loginAs }) => {
  await loginAs("DOCTOR");
  await expect(page.getByText("Good to see you, Priya Patel.")).toBeVisible();
  const n = await sqlCount(
    `SELECT count(*)::int AS n FROM appointments a JOIN doctor_profiles d ON d.id = a.doctor_id JOIN users u ON u.id = d.user_id
      WHERE u.email = 'dr.patel@clinic.test' AND a.status = 'PENDING'`,
  );
  await expect(page.getByTestId("count-pending")).toHaveText(String(n));
  await expectAccessible(page);
});
