import { expect, expectAccessible, sqlCount, test } from "../fixtures";

test("an admin lands on the clinic dashboard with live figures and the doctors list", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await expect(page.getByRole("heading", { name: "Clinic dashboard" })).toBeVisible();
  const doctors = await sqlCount("SELECT count(*)::int AS n FROM users WHERE role = 'DOCTOR' AND active");
  await expect(page.getByTestId("figure-doctors")).toHaveText(String(doctors));
  await expect(page.getByRole("cell", { name: "Astrid Lindqvist" })).toBeVisible();
  await expectAccessible(page);
});
