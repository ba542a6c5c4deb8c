import { expect, expectAccessible, registerNewPatient, signIn, test } from "../fixtures";

const password = "Bright-meadow-88";

test("a new patient registers, signs out and signs back in", async ({ page }) => {
  await page.goto("/register");
  await expectAccessible(page);
  const email = await registerNewPatient(page, "Robin Fairweather", password);
  await expect(page.getByText("Welcome, Robin Fairweather. Your account is ready.")).toBeVisible();
  await expect(page.getByText("No upcoming appointments")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByText("You have signed out.")).toBeVisible();

  await signIn(page, email.toUpperCase(), password);
  await expect(page).toHaveURL(/\/patient$/);
  await expect(page.getByRole("heading", { name: "Hello, Robin Fairweather" })).toBeVisible();
});

test("registration explains each problem next to its field and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Jane Again");
  await page.getByLabel("Email").fill("JANE.DOE@example.test");
  await page.getByLabel("Phone").fill("+44 20 7946 0999");
  await page.getByLabel("Date of birth").fill("1980-01-01");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();

  // Checked in the browser first, with the shared schema.
  await expect(page.getByTestId("error-password")).toHaveText("Use at least 10 characters");
  await expect(page.getByTestId("error-confirmPassword")).toHaveText("The passwords do not match");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // An address that already has an account (another letter case) gets the answer a new one gets:
  // the form does not tell strangers who is registered; the owner is emailed instead.
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("registered")).toBeVisible();
  await expect(page).toHaveURL(/\/login\?registered=1/);
});
