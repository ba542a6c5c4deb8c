import { demo, expect, expectAccessible, registerNewPatient, signIn, sql, test } from "../fixtures";

test("a signed-out visitor is sent to sign in, then back to the page asked for", async ({ page }) => {
  await page.goto("/doctor");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdoctor$/);
  await expectAccessible(page);
  await signIn(page, demo.DOCTOR.email);
  await expect(page).toHaveURL(/\/doctor$/);
});

test("a patient opening an admin page gets the 403 page", async ({ page, loginAs }) => {
  await loginAs("PATIENT");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden-page")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go to my pages" }).click();
  await expect(page).toHaveURL(/\/patient$/);
});

test("a doctor cannot open patient or admin areas", async ({ page, loginAs }) => {
  await loginAs("DOCTOR");
  for (const path of ["/patient", "/admin"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, demo.PATIENT.email, "not-the-password-1");
  await expect(page.getByTestId("form-status")).toContainText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(demo.PATIENT.email);
});

test("a deactivated account cannot sign in", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, "former.patient@example.test");
  await expect(page.getByTestId("form-status")).toContainText("This account has been deactivated");
  await expect(page).toHaveURL(/\/login/);
});

test("a session stops working once its user is deactivated", async ({ page }) => {
  // A throwaway patient, so the demo accounts stay usable for the other tests.
  const email = await registerNewPatient(page, "Short Lived");

  await sql("UPDATE users SET active = false WHERE email = $1", [email]);
  await page.goto("/patient");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpatient$/);
});

test("unknown pages get the custom 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-page")).toBeVisible();
  await expectAccessible(page);
});
