import { generateSync } from "otplib";
import type { Page } from "@playwright/test";
import {
  confirmInDialog,
  demo,
  enterSignInCode,
  expect,
  expectAccessible,
  freshDemoCode,
  registerNewPatient,
  sql,
  test,
} from "../fixtures";
import { DEMO_PASSWORD } from "@/lib/seed/demo-clinic";

/** A six-digit code that is certainly not `code`. */
const otherThan = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function passwordStep(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("staff sign-in asks for a code after the password; a wrong code is refused, the right one signs in", async ({
  page,
}) => {
  await passwordStep(page, demo.ADMIN.email);
  await expect(page.getByTestId("error-code")).toHaveText(
    "Enter the code from your authenticator app to finish signing in.",
  );
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page);

  const code = await freshDemoCode(demo.ADMIN.email);
  await enterSignInCode(page, otherThan(code));
  await expect(page.getByTestId("error-code")).toHaveText(/That code is not right/);
  await expect(page).toHaveURL(/\/login$/);

  await enterSignInCode(page, code);
  await expect(page).toHaveURL(/\/admin$/);
});

test("a code that signed in once is refused the second time", async ({ browser }) => {
  const email = "dr.lindqvist@clinic.test";
  const code = await freshDemoCode(email);
  for (const expected of ["signed in", "refused"] as const) {
    const page = await (await browser.newContext()).newPage();
    await passwordStep(page, email);
    await enterSignInCode(page, code);
    if (expected === "signed in") await expect(page).toHaveURL(/\/doctor$/);
    else await expect(page.getByTestId("error-code")).toHaveText(/already been used/);
    await page.context().close();
  }
});

test("a doctor without a second factor must set one up before anything else", async ({ page }) => {
  const email = "dr.haddad@clinic.test";
  const [saved] = await sql<{ mfa_secret: string; mfa_enabled_at: Date }>(
    "SELECT mfa_secret, mfa_enabled_at FROM users WHERE email = $1",
    [email],
  );
  await sql("UPDATE users SET mfa_enabled_at = NULL, mfa_secret = NULL WHERE email = $1", [email]);
  try {
    await passwordStep(page, email);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByTestId("mfa-required")).toBeVisible();
    await page.goto("/doctor/agenda");
    await expect(page).toHaveURL(/\/account\/security$/);
    await expectAccessible(page);
  } finally {
    await sql("UPDATE users SET mfa_secret = $2, mfa_enabled_at = $3, mfa_last_time_step = NULL WHERE email = $1", [
      email,
      saved!.mfa_secret,
      saved!.mfa_enabled_at,
    ]);
  }
});

test("a patient turns on two-step sign-in, keeps recovery codes, and signs in with one of them once", async ({
  page,
}) => {
  const email = await registerNewPatient(page, "Sam Okonkwo");
  await page.goto("/account/security");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Code from the app").fill(generateSync({ secret }));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").locator("li").allInnerTexts();
  await expectAccessible(page);
  await page.getByRole("link", { name: /I have saved my recovery codes/ }).click();
  await expect(page).toHaveURL(/\/patient$/);

  await page.goto("/account/security");
  await expect(page.getByTestId("mfa-status")).toHaveText("You have 10 unused recovery codes.");
  await expect(page.getByTestId("totp-secret")).toHaveCount(0); // never shown again

  for (const expected of ["signed in", "refused"] as const) {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await passwordStep(page, email, "Bright-meadow-88");
    await enterSignInCode(page, codes[0]!);
    if (expected === "refused") {
      await expect(page.getByTestId("error-code")).toHaveText(/already been used/);
      await enterSignInCode(page, codes[1]!);
    }
    await expect(page).toHaveURL(/\/patient$/);
  }

  await page.goto("/account/security");
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await confirmInDialog(page, "Make new recovery codes");
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await expect(page.getByTestId("mfa-status")).toHaveText("You have 10 unused recovery codes.");
});

test("registration refuses a common password with the field message and takes a passphrase in any script", async ({
  page,
}) => {
  await page.goto("/register");
  for (const weak of ["password12", "Password123", "qwerty12345", "Welcome2024!", "Passw0rd!!"]) {
    await page.getByLabel("Password", { exact: true }).fill(weak);
    await expect(page.getByTestId("password-strength")).toContainText("this will be refused");
  }
  await page.getByLabel("Full name").fill("Common Password");
  await page.getByLabel("Email").fill(`common.${Date.now()}@example.test`);
  await page.getByLabel("Phone").fill("+44 20 7946 0456");
  await page.getByLabel("Date of birth").fill("1990-02-03");
  await page.getByLabel("Password", { exact: true }).fill("password12");
  await page.getByLabel("Confirm password").fill("password12");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-password")).toHaveText(
    "This password is too common or too easy to guess. Try a phrase of a few unrelated words.",
  );
  await expectAccessible(page);

  await registerNewPatient(page, "Haruka Sato", "こんにちは世界12345");
});
