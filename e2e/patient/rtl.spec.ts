import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

// Pseudo right-to-left: no catalogue is RTL yet, so the test turns the document's direction around and
// checks that layouts built on logical sides (ms-/pe-/start-/text-start) mirror and still fit.

async function turnRightToLeft(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

/** Nothing sticks out sideways, and the header reads from the right: clinic name right, menus left. */
async function expectMirrored(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const width = page.viewportSize()!.width;
  const name = (await page.getByTestId("clinic-name").boundingBox())!;
  const language = (await page.getByRole("combobox").first().boundingBox())!;
  expect(name.x + name.width).toBeGreaterThan(width / 2);
  expect(language.x).toBeLessThan(name.x);
}

test("anonymous pages mirror under right-to-left and keep within the screen", async ({ page }) => {
  for (const path of ["/", "/login"]) {
    await page.goto(path);
    await turnRightToLeft(page);
    await expectMirrored(page);
  }
  // The skip link is placed with `start-2`: focused, it appears at the top right, not the top left.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.x).toBeGreaterThan(page.viewportSize()!.width / 2);
});

test("the patient's booking pages mirror under right-to-left and stay accessible", async ({ page, loginAs }) => {
  await loginAs("PATIENT");
  await page.goto("/patient/doctors");
  await turnRightToLeft(page);
  await expectMirrored(page);
  // The doctor list's "See times" button sits at the row's end, which is now the left.
  const row = page.getByTestId("doctor-results").getByRole("listitem").first();
  const rowBox = (await row.boundingBox())!;
  const button = (await row.getByRole("link", { name: /^See times/ }).boundingBox())!;
  expect(button.x - rowBox.x).toBeLessThan(rowBox.x + rowBox.width - (button.x + button.width));
  await expectAccessible(page);

  await page
    .getByRole("link", { name: /^See times/ })
    .first()
    .click();
  await expect(page.getByTestId("slot-days").or(page.getByText(/No free time/))).toBeVisible();
  await turnRightToLeft(page);
  await expectMirrored(page);
  await page.goto("/patient");
  await turnRightToLeft(page);
  await expectMirrored(page);
  await expectAccessible(page);
});
