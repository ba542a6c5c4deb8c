import { expect, expectAccessible, test } from "../fixtures";

// Runs in the 360 px wide "phone-360" project: wide tables scroll inside their own region.
test("admin pages fit a 360 px screen", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  for (const path of [
    "/admin",
    "/admin/appointments",
    "/admin/users",
    "/admin/settings",
    "/admin/reports",
    "/admin/audit",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expectAccessible(page);
});
