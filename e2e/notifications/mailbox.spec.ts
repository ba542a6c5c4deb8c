import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { e2eCronSecret } from "../../playwright.config";
import { demo, confirmInDialog, expect, expectAccessible, registerNewPatient, signIn, sql, test } from "../fixtures";

/** What the in-app scheduler does every minute, now: send everything due. */
async function dispatchNow(request: APIRequestContext) {
  const response = await request.post("/api/cron/dispatch", { headers: { authorization: `Bearer ${e2eCronSecret}` } });
  expect(response.status()).toBe(200);
}

/** Signs in as the demo admin in a fresh context and opens the newest email to `to` with `subject`. */
async function openInMailbox(
  browser: Browser,
  to: string,
  subject: RegExp,
): Promise<{ admin: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto("/login");
  await signIn(admin, demo.ADMIN.email);
  await admin.getByRole("link", { name: "Mailbox" }).first().click();
  await expect(admin.getByRole("heading", { name: "Mailbox" })).toBeVisible();
  const row = admin.getByTestId("mailbox-row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await row.getByRole("link").click();
  await expect(admin.getByTestId("email-to")).toHaveText(to);
  return { admin, close: () => context.close() };
}

/**
 * The mailbox page and the email in it, each checked by axe. axe's default run opens a helper tab,
 * which hangs while the page holds a sandboxed (out-of-process) iframe; so the page is checked in
 * axe's in-page mode without the frame, and the email's own HTML on a page of its own.
 */
async function expectEmailPageAccessible(admin: Page) {
  const page = await new AxeBuilder({ page: admin })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude('[data-testid="email-html"]')
    .setLegacyMode(true)
    .analyze();
  expect(page.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const html = await admin.getByTestId("email-html").getAttribute("srcdoc");
  const emailPage = await admin.context().newPage();
  await emailPage.setContent(html!);
  await expectAccessible(emailPage);
  await emailPage.close();
}

const emailLink = (admin: Page, name: string) =>
  admin.frameLocator('[data-testid="email-html"]').getByRole("link", { name }).getAttribute("href");

test("the cron routes refuse callers without the secret", async ({ request }) => {
  expect((await request.post("/api/cron/dispatch")).status()).toBe(401);
  expect((await request.get("/api/cron/reminders", { headers: { authorization: "Bearer wrong" } })).status()).toBe(401);
  expect(
    (await request.post("/api/cron/reminders", { headers: { authorization: `Bearer ${e2eCronSecret}` } })).status(),
  ).toBe(200);
});

/** A new patient books Chidi Okafor a week ahead (beyond the 24 h cut-off); returns their email and the appointment id. */
async function bookAsNewPatient(page: Page, name: string, slot: number) {
  const email = await registerNewPatient(page, name);
  await page.goto("/patient/doctors");
  await page.getByLabel("Name or specialty").fill("Okafor");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "See times for Chidi Okafor" }).click();
  await page.getByRole("link", { name: "Next week →" }).click();
  await expect(page).toHaveURL(/week=/);
  await page.getByTestId("slot").nth(slot).click();
  await page.getByLabel("Reason for the visit").fill("Annual check-up");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByTestId("appointment-notice")).toHaveText("Your appointment is booked.");
  return { email, appointmentId: new URL(page.url()).pathname.split("/").pop()! };
}

test("a patient books; the confirmation reaches the development mailbox and its cancel link cancels", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { email, appointmentId } = await bookAsNewPatient(page, "Mailbox Reader", 5);

  await dispatchNow(request);
  const { admin, close } = await openInMailbox(browser, email, /Booked: Chidi Okafor/);
  try {
    await expect(admin.getByTestId("email-text")).toContainText("Your appointment is booked");
    await expect(admin.getByTestId("email-text")).toContainText("Riverside Family Clinic");
    await expect(admin.getByRole("link", { name: "appointment.ics" })).toBeVisible();
    await expectEmailPageAccessible(admin);
    const cancelHref = await emailLink(admin, "Cancel appointment");
    expect(cancelHref).toMatch(/\/manage\//);

    // The patient opens the link from the email, signed out, and cancels.
    const visitor = await browser.newContext();
    const link = await visitor.newPage();
    await link.goto(cancelHref!);
    await expect(link.getByRole("heading", { name: "Cancel your appointment" })).toBeVisible();
    await expect(link.getByText("Chidi Okafor")).toBeVisible();
    await expectAccessible(link);
    await link.getByLabel("Why are you cancelling?").fill("Cannot make it after all");
    await link.getByRole("button", { name: "Cancel appointment" }).click();
    await confirmInDialog(link, "Cancel appointment");
    await expect(link.getByTestId("link-done")).toContainText("Your appointment has been cancelled.");
    const [row] = await sql<{ status: string; cancellation_reason: string }>(
      "SELECT status, cancellation_reason FROM appointments WHERE id = $1",
      [appointmentId],
    );
    expect(row).toEqual({ status: "CANCELLED", cancellation_reason: "Cannot make it after all" });

    // Used once, the link no longer works.
    await link.goto(cancelHref!);
    await expect(link.getByTestId("link-problem")).toContainText("already been used");
    await visitor.close();

    // The cancellation email follows, and the admin outbox shows both as sent.
    await dispatchNow(request);
    await admin.goto("/admin/outbox?status=SENT");
    await expect(
      admin
        .getByTestId("outbox-row")
        .filter({ hasText: email })
        .filter({ hasText: /Cancelled: Chidi Okafor/ }),
    ).toBeVisible();
    await expectAccessible(admin);
  } finally {
    await close();
  }
});

test("the emailed 'choose another time' link moves the appointment without signing in", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { email, appointmentId } = await bookAsNewPatient(page, "Link Mover", 7);
  await dispatchNow(request);
  const { admin, close } = await openInMailbox(browser, email, /Booked: Chidi Okafor/);
  const rescheduleHref = await emailLink(admin, "Choose another time");
  await close();

  const visitor = await browser.newContext();
  const link = await visitor.newPage();
  try {
    await link.goto(rescheduleHref!);
    await expect(link.getByRole("heading", { name: "Move your appointment" })).toBeVisible();
    await link.getByRole("link", { name: "Choose another time" }).click();
    await expect(link.getByTestId("slot").first()).toBeVisible();
    await expectAccessible(link);
    const target = link.getByTestId("slot").nth(2);
    const newStart = await target.getAttribute("data-start");
    await target.click();
    await link.getByRole("button", { name: "Move my appointment" }).click();
    await expect(link.getByTestId("link-done")).toContainText("Your appointment has been moved.");
    const [row] = await sql<{ starts_at: Date; sequence: number }>(
      "SELECT starts_at, sequence FROM appointments WHERE id = $1",
      [appointmentId],
    );
    expect(row!.starts_at.toISOString()).toBe(newStart);
    expect(row!.sequence).toBe(1);
    await link.goto(rescheduleHref!);
    await expect(link.getByTestId("link-problem")).toBeVisible();
  } finally {
    await visitor.close();
  }
});

test("a forgotten password is reset through the emailed link, once", async ({
  page: registration,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const email = await registerNewPatient(registration, "Forgetful Person");
  // Someone who is not signed in (a fresh browser) asks for the link.
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  try {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a link" }).click();
    const answer = page.getByTestId("form-status");
    await expect(answer).toContainText("If an account uses that address");
    await expectAccessible(page);
    // The same answer for an address without an account, and no email is written for it.
    await page.reload();
    await page.getByLabel("Email").fill("no.such.person@example.test");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(answer).toContainText("If an account uses that address");
    expect(await sql("SELECT 1 FROM outbox_messages WHERE to_email = $1", ["no.such.person@example.test"])).toEqual([]);

    await dispatchNow(request);
    const { admin, close } = await openInMailbox(browser, email, /Reset your password/);
    const resetHref = await emailLink(admin, "Choose a new password");
    await close();

    await page.goto(resetHref!);
    await page.getByLabel("New password", { exact: true }).fill("Quiet-lantern-2031");
    await page.getByLabel("Confirm new password").fill("Quiet-lantern-2031");
    await page.getByRole("button", { name: "Set password" }).click();
    await expect(page.getByTestId("password-set")).toBeVisible();
    await signIn(page, email, "Quiet-lantern-2031");
    await expect(page).toHaveURL(/\/patient$/);

    await page.goto(resetHref!);
    await expect(page.getByTestId("reset-link-unusable")).toBeVisible();
  } finally {
    await visitor.close();
  }
});

test("an admin sends a failed message again from the outbox", async ({ page, loginAs }) => {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO outbox_messages (kind, to_email, subject, payload, status, idempotency_key, attempts, last_error)
     VALUES ('account.password-reset', 'bounced@example.test', 'Reset your password (e2e)', $1, 'FAILED', $2, 6, '550 mailbox unavailable') RETURNING id`,
    [
      JSON.stringify({
        kind: "account.password-reset",
        name: "Bounced",
        link: "http://localhost/reset-password/x",
        expiresAt: new Date().toISOString(),
      }),
      `e2e-failed-${Date.now()}`,
    ],
  );
  await loginAs("ADMIN");
  await page.goto("/admin/outbox?status=FAILED");
  const failed = page.getByTestId("outbox-row").filter({ hasText: "bounced@example.test" });
  await expect(failed).toContainText("550 mailbox unavailable");
  await expectAccessible(page);
  await failed.getByRole("button", { name: /Retry/ }).click();
  await expect(page.getByTestId("outbox-notice")).toBeVisible();
  const [after] = await sql<{ status: string; attempts: number }>(
    "SELECT status, attempts FROM outbox_messages WHERE id = $1",
    [row!.id],
  );
  expect(after!.attempts).toBe(0);
  expect(["PENDING", "SENT"]).toContain(after!.status);
});
