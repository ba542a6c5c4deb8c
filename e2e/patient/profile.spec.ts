import { confirmInDialog, expect, expectAccessible, registerNewPatient, signIn, sql, test } from "../fixtures";

const fields: [label: string, value: string][] = [
  ["Full name", "Nadia Rahman"],
  ["Phone", "+880 1711 000222"],
  ["Date of birth", "1984-09-02"],
  ["Street address", "House 7, Road 27"],
  ["Town or city", "Dhaka"],
  ["Postcode", "1209"],
  ["Contact's name", "Farid Rahman"],
  ["Relationship to you", "Husband"],
  ["Contact's phone", "+880 1811 333444"],
  ["Allergies", "Penicillin"],
  ["Medical history", "Type 2 diabetes since 2019"],
  ["Current medications", "Metformin 500 mg twice a day"],
  ["Insurance provider", "Green Delta"],
  ["Insurance number", "GD-2026-0042"],
];

test("a patient edits every profile field and sees it after reload, then changes the password", async ({ page }) => {
  const email = await registerNewPatient(page, "Nadia Test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My profile" }).click();
  await expect(page.getByRole("heading", { name: "My profile" })).toBeVisible();
  await expectAccessible(page);

  // The browser checks with the shared schema before anything is sent.
  await page.getByLabel("Phone", { exact: true }).fill("call me");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("error-phone")).toContainText("Enter a phone number using digits");
  await expect(page.getByLabel("Phone", { exact: true })).toHaveAttribute("aria-invalid", "true");

  for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel("Blood group").selectOption("O+");
  await page.getByLabel("Appointment reminders by").selectOption("SMS");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-status").first()).toHaveText("Your profile is saved.");

  await page.reload();
  for (const [label, value] of fields) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  await expect(page.getByLabel("Blood group")).toHaveValue("O_POS");
  await expect(page.getByLabel("Appointment reminders by")).toHaveValue("SMS");

  const [event] = await sql<{ detail: { changes: Record<string, { from: unknown; to: unknown }> } }>(
    `SELECT detail FROM audit_events WHERE action = 'patient.profile.update' AND detail->>'userId' =
       (SELECT id::text FROM users WHERE email = $1)`,
    [email],
  );
  expect(event?.detail.changes.name).toEqual({ from: "Nadia Test", to: "Nadia Rahman" });

  // Choosing Bengali on the profile turns the pages Bengali.
  await page.getByLabel("Preferred language").selectOption("bn");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("heading", { name: "আমার প্রোফাইল" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("পছন্দের ভাষা").selectOption("en");
  await page.getByRole("button", { name: "প্রোফাইল সংরক্ষণ করুন" }).click();
  await expect(page.getByRole("heading", { name: "My profile" })).toBeVisible();

  const password = page.getByRole("form", { name: "Change password" });
  await password.getByLabel("Current password").fill("Wrong-password-1");
  await password.getByLabel("New password", { exact: true }).fill("Fresh-lantern-73");
  await password.getByLabel("Confirm new password").fill("Fresh-lantern-73");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByTestId("error-currentPassword")).toHaveText("That is not your current password.");
  await password.getByLabel("Current password").fill("Bright-meadow-88");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByTestId("form-status")).toContainText("Your password is changed.");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, "Fresh-lantern-73");
  await expect(page).toHaveURL(/\/patient$/);
});

test("an administrator edits a patient's profile and the audit shows old → new", async ({ page, loginAs }) => {
  const [patient] = await sql<{ id: string }>(
    `SELECT p.id FROM patient_profiles p JOIN users u ON u.id = p.user_id WHERE u.email = 'omar.rahman@example.test'`,
  );
  await loginAs("ADMIN");
  await page.goto(`/admin/patients/${patient!.id}`);
  await page.getByRole("link", { name: "Edit patient profile" }).click();
  await expect(page.getByRole("heading", { name: /Edit patient profile/ })).toBeVisible();
  await expectAccessible(page);
  const before = await page.getByLabel("Insurance number").inputValue();
  const after = `INS-ADMIN-${Date.now() % 100_000}`;
  await page.getByLabel("Insurance number").fill(after);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("form-status").first()).toHaveText("The patient's profile is saved.");

  await page.goto("/admin/audit");
  const row = page.getByRole("row").filter({ hasText: "patient.profile.update" }).first();
  // The trail keeps both values (PostgreSQL's jsonb orders the keys its own way).
  await expect(row).toContainText(`"to":"${after}"`);
  await expect(row).toContainText(`"from":${before ? `"${before}"` : "null"}`);
});

test("a patient moves their email by the link, downloads their data and closes the account", async ({ page }) => {
  const email = await registerNewPatient(page, "Rafiq Test");
  await page.goto("/patient/profile");
  const newEmail = email.replace("@", ".moved@");
  const form = page.getByRole("form", { name: "Change email address" });
  await form.getByLabel("New email address").fill(newEmail);
  await form.getByLabel("Current password").fill("Bright-meadow-88");
  await form.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(form.getByTestId("form-status")).toContainText(`We sent a confirmation link to ${newEmail}`);

  const [sent] = await sql<{ link: string }>(
    `SELECT payload->>'link' AS link FROM outbox_messages WHERE kind = 'account.email-change' AND to_email = $1`,
    [newEmail],
  );
  await page.goto(new URL(sent!.link).pathname);
  await expect(page.getByRole("heading", { name: "Confirm your new email address" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm the new address" }).click();
  await expect(page.getByText(`Done: your account now uses ${newEmail}.`)).toBeVisible();
  const [told] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'account.email-changed' AND to_email = $1`,
    [email],
  );
  expect(told?.n).toBe(1);

  await page.goto("/patient/profile");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await download;
  const data = JSON.parse(await (await import("node:fs/promises")).readFile((await file.path())!, "utf8")) as {
    account: { email: string };
  };
  expect(data.account.email).toBe(newEmail);

  const close = page.getByRole("form", { name: "Close my account" });
  await close.getByLabel("Current password").fill("Bright-meadow-88");
  await close.getByRole("button", { name: "Close my account" }).click();
  await expectAccessible(page);
  await confirmInDialog(page, "Yes, close my account");
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await signIn(page, newEmail, "Bright-meadow-88");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "My profile" })).toHaveCount(0);
});
