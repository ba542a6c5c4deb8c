import { expect, expectAccessible, sqlCount, test } from "../fixtures";

test("an admin lands on the clinic dashboard with today's live figures", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await expect(page.getByRole("heading", { name: "Clinic dashboard" })).toBeVisible();
  const pending = await sqlCount(
    "SELECT count(*)::int AS n FROM appointments WHERE status = 'PENDING' AND starts_at >= now()",
  );
  await expect(page.getByTestId("figure-pending")).toHaveText(String(pending));
  await expectAccessible(page);
});
