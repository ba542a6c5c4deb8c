import { demo, expect, signIn, test } from "../fixtures";

// Issue 13: a copied session cookie stops working once its session has ended.

test("the old cookie opens nothing after signing out", async ({ page, browser, loginAs }) => {
  await loginAs("PATIENT");
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const stale = await replay.newPage();
  await stale.goto("/patient");
  await expect(stale).toHaveURL(/\/login\?callbackUrl=%2Fpatient$/);
  const session = await stale.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await replay.close();
});

test("ending all sessions signs out every browser of the account", async ({ page, browser, loginAs }) => {
  await loginAs("DOCTOR");
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto("/login");
  await signIn(phone, demo.DOCTOR.email);
  await expect(phone).toHaveURL(/\/doctor$/);

  await page.getByRole("button", { name: "End all sessions" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "End all sessions" }).click();
  await expect(page).toHaveURL(/\/login\?signedOutEverywhere=1$/);
  await expect(page.getByText("You have been signed out in every browser and device.")).toBeVisible();

  await phone.goto("/doctor");
  await expect(phone).toHaveURL(/\/login\?callbackUrl=%2Fdoctor$/);
  await other.close();
});
