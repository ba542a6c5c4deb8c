import type { Page } from "@playwright/test";
import { e2eCronSecret } from "../../playwright.config";
import { demo, expect, expectAccessible, registerNewPatient, signIn, test } from "../fixtures";

// The patient booking journey read in Bengali: labels, a validation message, the booking itself, and
// the confirmation email with its calendar file, all in the patient's chosen language.

const BENGALI_DIGIT = /[০-৯]/;

/** Every page of the journey: the document says it is Bengali and axe finds nothing. */
async function expectBengaliPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "bn-BD");
  await expectAccessible(page);
}

test("a patient switches to Bengali, books in Bengali and gets the confirmation and .ics in Bengali", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const email = await registerNewPatient(page, "Nusrat Ahmed");

  // The header's language menu; signed in, the choice is kept on the account (and so drives the emails).
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "বাংলা" });
  await page.getByRole("button", { name: "Change language" }).click();
  await expect(page.getByRole("heading", { name: "নমস্কার, Nusrat Ahmed" })).toBeVisible();
  await expectBengaliPage(page);

  await page.getByRole("link", { name: "ডাক্তার খুঁজুন" }).first().click();
  await expect(page.getByRole("heading", { name: "ডাক্তার খুঁজুন" })).toBeVisible();
  await page.getByLabel("নাম বা বিশেষত্ব").fill("Okafor");
  await page.getByRole("button", { name: "খুঁজুন" }).click();
  await expect(page.getByTestId("doctor-results")).toContainText("বছরের অভিজ্ঞতা");
  await expectBengaliPage(page);
  await page.getByRole("link", { name: "সময় দেখুন — Chidi Okafor" }).click();

  await expect(page.getByRole("heading", { name: "Chidi Okafor" })).toBeVisible();
  await page.getByRole("link", { name: "পরের সপ্তাহ →" }).click();
  await expect(page).toHaveURL(/week=/);
  const slot = page.getByTestId("slot").first();
  await expect(slot).toHaveText(BENGALI_DIGIT); // times in Bengali digits
  await expect(slot).toHaveAccessibleName(/বুক করুন$/);
  await expectBengaliPage(page);
  await slot.click();

  await expect(page.getByRole("heading", { name: "আপনার বুকিং নিশ্চিত করুন" })).toBeVisible();
  await expect(page.getByTestId("appointment-when")).toHaveText(BENGALI_DIGIT);
  await page.getByRole("button", { name: "বুকিং নিশ্চিত করুন" }).click();
  await expect(page.getByTestId("error-reason")).toHaveText("আপনি কেন আসছেন, ডাক্তারকে সংক্ষেপে জানান (অন্তত ৩ অক্ষর)।");
  await expectBengaliPage(page);
  await page.getByLabel("সাক্ষাতের কারণ").fill("দুই সপ্তাহ ধরে কাশি");
  await page.getByRole("button", { name: "বুকিং নিশ্চিত করুন" }).click();

  await expect(page.getByTestId("appointment-notice")).toHaveText("আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে।");
  await expect(page.getByText("নিশ্চিত", { exact: true })).toBeVisible(); // the status badge
  await expect(page.getByRole("link", { name: "ক্যালেন্ডারে যোগ করুন (.ics)" })).toBeVisible();
  await expectBengaliPage(page);

  await page.getByRole("link", { name: "আমার অ্যাপয়েন্টমেন্ট" }).first().click();
  await expect(page.getByTestId("upcoming-appointments")).toContainText("দুই সপ্তাহ ধরে কাশি");
  await expectBengaliPage(page);

  // The confirmation email, as the development mailbox shows it to an (English-reading) admin.
  const sent = await request.post("/api/cron/dispatch", { headers: { authorization: `Bearer ${e2eCronSecret}` } });
  expect(sent.status()).toBe(200);
  const context = await browser.newContext();
  const admin = await context.newPage();
  try {
    await admin.goto("/login");
    await signIn(admin, demo.ADMIN.email);
    await admin.getByRole("link", { name: "Mailbox" }).first().click();
    const row = admin.getByTestId("mailbox-row").filter({ hasText: email }).first();
    await expect(row).toContainText("বুক হয়েছে: Chidi Okafor");
    await row.getByRole("link").click();
    await expect(admin.getByTestId("email-to")).toHaveText(email);
    await expect(admin.getByTestId("email-subject")).toHaveText(BENGALI_DIGIT);

    const text = admin.getByTestId("email-text");
    await expect(text).toContainText("আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে");
    await expect(text).toContainText("ধন্যবাদ, Nusrat Ahmed। Chidi Okafor-এর সঙ্গে আপনার অ্যাপয়েন্টমেন্ট বুক হয়েছে।");
    await expect(text).toContainText("অনুগ্রহ করে সঙ্গে আনুন");
    await expect(text).toContainText(/কখন: .*[০-৯]{2}:[০-৯]{2}/);
    const html = await admin.getByTestId("email-html").getAttribute("srcdoc");
    expect(html).toContain('<html lang="bn-BD" dir="ltr">');

    const ics = admin.getByRole("link", { name: "appointment.ics" });
    const file = await admin.request.get((await ics.getAttribute("href"))!);
    expect(file.status()).toBe(200);
    const calendar = (await file.text()).replace(/\r\n[ \t]/g, ""); // unfold iCalendar's 75-octet lines
    expect(calendar).toContain("SUMMARY:Riverside Family Clinic: Chidi Okafor-এর সঙ্গে অ্যাপয়েন্টমেন্ট");
    expect(calendar).toContain("DESCRIPTION:General Practice। কারণ: দুই সপ্তাহ ধরে কাশি");
  } finally {
    await context.close();
  }
});
