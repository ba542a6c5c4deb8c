import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

// Runs in the 360 px wide "phone-360" project: wide tables scroll inside their own region.
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("the admin outbox and mailbox fit a 360 px screen", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  for (const [path, heading] of [
    ["/admin/outbox", "Outbox"],
    ["/admin/mailbox", "Mailbox"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});

test("the forgot-password page fits a 360 px screen", async ({ page }) => {
  await page.goto("/forgot-password");
  await expect(page.getByRole("button", { name: "Email me a link" })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
