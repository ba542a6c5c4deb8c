import type { Page } from "@playwright/test";
import { demo, expect, expectAccessible, sql, test } from "../fixtures";

// Staff pages in Bengali: words from the catalogue, dates and counts in Bengali digits, <html lang>
// set, axe clean, and the CSV exports headed in the reader's language.

const BENGALI_DIGIT = /[০-৯]/;

/** Chooses Bengali in the header's language menu (kept on the account) and waits for the page to follow. */
async function switchToBengali(page: Page) {
  await page.getByRole("combobox", { name: "Language" }).selectOption("bn");
  await page.getByRole("button", { name: "Change language" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", /^bn/);
}

/** The page is in Bengali: its language, its heading and its title. */
async function expectBengaliPage(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", /^bn/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(page).toHaveTitle(/ক্লিনিকের অ্যাপয়েন্টমেন্ট/);
  await expectAccessible(page);
}

// The choice is stored on the demo accounts; give them back their English for the other specs.
test.afterEach(async () => {
  await sql("UPDATE users SET locale = NULL WHERE email = ANY($1)", [[demo.DOCTOR.email, demo.ADMIN.email]]);
});

test("a doctor reads the overview, agenda and availability in Bengali", async ({ page, loginAs }) => {
  await loginAs("DOCTOR");
  await switchToBengali(page);

  await expectBengaliPage(page, "/doctor", BENGALI_DIGIT);
  await expect(page.getByText(`আপনাকে দেখে ভালো লাগছে, ${demo.DOCTOR.name}।`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "পরবর্তী রোগী" })).toBeVisible();
  await expect(page.getByTestId("count-week")).toHaveText(/^[০-৯]+$/);

  await expectBengaliPage(page, "/doctor/agenda?view=week", /সপ্তাহ/);
  await expect(page.getByTestId("agenda-title")).toHaveText(BENGALI_DIGIT);
  await expect(page.getByRole("link", { name: "সপ্তাহ" })).toHaveAttribute("aria-current", "page");

  await expectBengaliPage(page, "/doctor/availability", "সময়সূচি");
  await expect(page.getByTestId("hours-day-1").locator("legend")).toHaveText("সোমবার");
  await expect(page.getByRole("button", { name: "সময় সংরক্ষণ করুন" })).toBeVisible();
  await expect(page.getByTestId("slot-preview")).toContainText(BENGALI_DIGIT);
});

test("an admin reads the console in Bengali and exports CSV with Bengali headers", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await switchToBengali(page);

  await expectBengaliPage(page, "/admin", "ক্লিনিক ড্যাশবোর্ড");
  await expect(page.getByTestId("figure-week")).toHaveText(/^[০-৯]+$/);
  await expect(page.getByTestId("chart-per-day")).toContainText("প্রতিদিনের অ্যাপয়েন্টমেন্ট");

  await expectBengaliPage(page, "/admin/users", "ব্যবহারকারী");
  await expect(page.getByTestId("users-table").getByRole("columnheader", { name: "যোগদান" })).toBeVisible();
  await expect(page.getByTestId("users-table").locator("tbody tr").first()).toContainText(BENGALI_DIGIT);

  await expectBengaliPage(page, "/admin/appointments", "অ্যাপয়েন্টমেন্ট");
  const table = page.getByTestId("appointments-table");
  await expect(table.getByRole("columnheader", { name: "কখন" })).toBeVisible();
  await expect(table.locator("tbody tr").first().getByRole("link")).toHaveText(BENGALI_DIGIT);

  await expectBengaliPage(page, "/admin/reports", "প্রতিবেদন");
  await expect(page.getByRole("button", { name: "ফিল্টার প্রয়োগ করুন" })).toBeVisible();

  await expectBengaliPage(page, "/admin/settings", "ক্লিনিকের সেটিংস");
  await expect(page.getByRole("button", { name: "সেটিংস সংরক্ষণ করুন" })).toBeVisible();

  // The exports are requested with the admin's session: the headers follow the account's language.
  const appointments = await page.request.get("/admin/appointments/export");
  expect(appointments.status()).toBe(200);
  const [appointmentsHeader] = (await appointments.text()).split("\n");
  expect(appointmentsHeader).toMatch(/^অ্যাপয়েন্টমেন্ট আইডি,শুরু \(UTC\),স্থানীয় তারিখ/);
  const report = await page.request.get("/admin/reports/export");
  expect((await report.text()).split("\n")[0]).toBe("দল,নাম,বুক করা,সম্পন্ন,বাতিল,অনুপস্থিত,অনুপস্থিতির হার,ফি থেকে আয়");
});
