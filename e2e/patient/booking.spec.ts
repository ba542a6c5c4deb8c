import type { Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, registerNewPatient, sql, test } from "../fixtures";

/** From the doctor search to the first free time a week or more ahead (beyond the cancel cut-off). */
async function openNextWeekOf(page: Page, doctorName: string) {
  await page.goto("/patient/doctors");
  await page.getByLabel("Name or specialty").fill(doctorName.split(" ")[1]!);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: `See times for ${doctorName}` }).click();
  await expect(page.getByRole("heading", { name: doctorName })).toBeVisible();
  await page.getByRole("link", { name: "Next week →" }).click();
  await expect(page).toHaveURL(/week=/);
  await expect(page.getByTestId("slot").first()).toBeVisible();
}

test("a patient finds a doctor, books, sees it upcoming, reschedules and cancels", async ({ page }) => {
  await registerNewPatient(page, "Morgan Booker");
  await openNextWeekOf(page, "Chidi Okafor");
  await expectAccessible(page);
  const firstSlot = page.getByTestId("slot").first();
  const start = await firstSlot.getAttribute("data-start");
  await firstSlot.click();

  await expect(page.getByRole("heading", { name: "Confirm your booking" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByTestId("error-reason")).toBeVisible(); // the reason is required
  await page.getByLabel("Reason for the visit").fill("Persistent cough for two weeks");
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByTestId("appointment-notice")).toHaveText("Your appointment is booked.");
  await expect(page.getByText("Confirmed")).toBeVisible();
  await expectAccessible(page);
  const appointmentUrl = page.url();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^appointment-.+\.ics$/);

  await page.getByRole("link", { name: "My appointments" }).first().click();
  await expect(page.getByTestId("upcoming-appointments")).toContainText("Persistent cough for two weeks");

  // Reschedule to another time the same week.
  await page.goto(appointmentUrl);
  await page.getByRole("link", { name: "Choose another time" }).click();
  await page.getByRole("link", { name: "Next week →" }).click();
  await expect(page).toHaveURL(/reschedule\?week=/);
  const other = page.locator(`[data-testid="slot"]:not([data-start="${start}"])`).nth(3);
  const newStart = await other.getAttribute("data-start");
  await other.click();
  await page.getByRole("button", { name: "Move my appointment" }).click();
  await expect(page.getByTestId("appointment-notice")).toHaveText("Your appointment has been moved.");
  const [row] = await sql<{ starts_at: Date; sequence: number }>(
    "SELECT starts_at, sequence FROM appointments WHERE id = $1",
    [appointmentUrl.split("/").pop()!.split("?")[0]],
  );
  expect(row!.starts_at.toISOString()).toBe(newStart);
  expect(row!.sequence).toBe(1);

  // Cancel with a reason.
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(page.getByTestId("error-reason")).toBeVisible();
  await page.getByLabel("Why are you cancelling?").fill("Feeling better now");
  await page.getByRole("button", { name: "Cancel appointment" }).click();
  await confirmInDialog(page, "Cancel appointment");
  await expect(page.getByTestId("appointment-notice")).toHaveText("Your appointment has been cancelled.");
  await expect(page.getByText("Cancellation reason: Feeling better now")).toBeVisible();
});

test("two patients race for one slot: exactly one wins, the other is told and offered other times", async ({
  browser,
}) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  try {
    await registerNewPatient(pages[0]!, "Racer One");
    await registerNewPatient(pages[1]!, "Racer Two");
    await openNextWeekOf(pages[0]!, "Astrid Lindqvist");
    const slotHref = await pages[0]!.getByTestId("slot").nth(2).getAttribute("href");
    for (const page of pages) {
      await page.goto(slotHref!);
      await page.getByLabel("Reason for the visit").fill("Palpitations");
    }
    await Promise.all(pages.map((page) => page.getByRole("button", { name: "Confirm booking" }).click()));

    const outcome = async (page: Page) => {
      const won = page.getByTestId("appointment-notice");
      const lost = page
        .getByTestId("form-status")
        .getByText("That time was just taken — here are the nearest free times.");
      await expect(won.or(lost)).toBeVisible();
      return (await won.isVisible()) ? "won" : "lost";
    };
    const results = await Promise.all(pages.map(outcome));
    expect([...results].sort()).toEqual(["lost", "won"]);
    const loser = pages[results.indexOf("lost")]!;
    await expect(loser.getByRole("list", { name: "Suggestions" }).getByRole("link").first()).toBeVisible();
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});

test("a patient cannot open or act on another patient's appointment", async ({ browser }) => {
  const [ownerContext, intruderContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const owner = await ownerContext.newPage();
  const intruder = await intruderContext.newPage();
  try {
    await registerNewPatient(owner, "Owner Person");
    await openNextWeekOf(owner, "Samir Haddad");
    await owner.getByTestId("slot").first().click();
    await owner.getByLabel("Reason for the visit").fill("Mole check");
    await owner.getByRole("button", { name: "Confirm booking" }).click();
    await expect(owner.getByTestId("appointment-notice")).toBeVisible();
    const ownerPath = new URL(owner.url()).pathname;
    const ownerAppointmentId = ownerPath.split("/").pop()!;

    await registerNewPatient(intruder, "Intruder Person");
    // By URL: the page, the reschedule page and the calendar file are all "not found".
    expect((await intruder.goto(ownerPath))?.status()).toBe(404);
    expect((await intruder.goto(`${ownerPath}/reschedule`))?.status()).toBe(404);
    expect((await intruder.request.get(`${ownerPath}/calendar.ics`)).status()).toBe(404);

    // By forged action input: the intruder's own cancel form, pointed at the owner's appointment.
    await openNextWeekOf(intruder, "Samir Haddad");
    await intruder.getByTestId("slot").last().click();
    await intruder.getByLabel("Reason for the visit").fill("My own visit");
    await intruder.getByRole("button", { name: "Confirm booking" }).click();
    await expect(intruder.getByTestId("appointment-notice")).toBeVisible();
    // Rewritten on the wire, as an attacker's proxy would: the browser's own form state cannot undo it.
    const intruderAppointmentId = new URL(intruder.url()).pathname.split("/").pop()!;
    await intruder.route(
      (url) => url.pathname === new URL(intruder.url()).pathname,
      async (request) => {
        const body = request.request().postData();
        if (request.request().method() !== "POST" || !body?.includes(intruderAppointmentId)) return request.continue();
        await request.continue({ postData: body.replaceAll(intruderAppointmentId, ownerAppointmentId) });
      },
    );
    await intruder.getByLabel("Why are you cancelling?").fill("Forged cancel");
    await intruder.getByRole("button", { name: "Cancel appointment" }).click();
    await confirmInDialog(intruder, "Cancel appointment");
    await expect(intruder.getByTestId("form-status")).toContainText("We could not find that appointment.");
    const [row] = await sql<{ status: string }>("SELECT status FROM appointments WHERE id = $1", [ownerAppointmentId]);
    expect(row!.status).toBe("CONFIRMED");
  } finally {
    await Promise.all([ownerContext.close(), intruderContext.close()]);
  }
});
