import { expect, expectAccessible, test } from "../fixtures";

test("a doctor renames themself on the account page and keeps the professional profile apart", async ({
  page,
  loginAs,
}) => {
  await loginAs("DOCTOR");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My account" }).click();
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page.getByText("dr.patel@clinic.test")).toBeVisible();
  await expectAccessible(page);
  const renamed = `Priya Patel-Shah ${Date.now() % 10_000}`;
  await page.getByLabel("Full name").fill(renamed);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Your account is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue(renamed);
  await expect(page.getByText(`${renamed} · Doctor`).first()).toBeVisible();
  await page.getByLabel("Full name").fill("Priya Patel");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Your account is saved.")).toBeVisible();
});

test("a patient's /account is their profile", async ({ page, loginAs }) => {
  await loginAs("PATIENT");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/patient\/profile$/);
});
