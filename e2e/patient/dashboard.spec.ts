import { expect, expectAccessible, test } from "../fixtures";

test("a patient sees their upcoming and past visits from the clinic's records", async ({ page, loginAs }) => {
  await loginAs("PATIENT");
  await expect(page.getByRole("heading", { name: "Hello, Jane Doe" })).toBeVisible();
  const upcoming = page.getByTestId("upcoming-appointments");
  await expect(upcoming.getByRole("listitem").first()).toBeVisible();
  await expect(upcoming).toContainText("Awaiting confirmation");
  await expect(page.getByTestId("past-appointments")).toContainText("Completed");
  await expect(page.getByTestId("clinic-name")).toHaveText("Riverside Family Clinic");
  await expectAccessible(page);
});
