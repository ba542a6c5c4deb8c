import { demo, expect, expectAccessible, test } from "../fixtures";

// Runs in the 360 px wide "phone-360" project.
for (const role of ["PATIENT", "DOCTOR", "ADMIN"] as const) {
  test(`the ${role.toLowerCase()} dashboard fits a 360 px screen and its menu works`, async ({ page, loginAs }) => {
    await loginAs(role);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByText("Menu", { exact: true }).click();
    await expect(page.getByRole("navigation", { name: "Main (mobile)" })).toBeVisible();
    await expect(page.locator("details[open]").getByText(demo[role].name)).toBeVisible();
    await expectAccessible(page);
  });
}

test("the landing page fits a 360 px screen", async ({ page }) => {
  await page.goto("/");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  await expectAccessible(page);
});
