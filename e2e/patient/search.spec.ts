import { expect, expectAccessible, test } from "../fixtures";

const results = (page: import("@playwright/test").Page) => page.getByTestId("doctor-results").getByRole("heading");

test("the doctor search forgives titles, word order, typos and everyday words for specialties", async ({
  page,
  loginAs,
}) => {
  await loginAs("PATIENT");
  const cases: [query: string, doctors: string[]][] = [
    ["Dr Patel", ["Priya Patel"]],
    ["Patel Priya", ["Priya Patel"]],
    ["okafr", ["Chidi Okafor"]],
    ["GP", ["Chidi Okafor", "Priya Patel"]],
    ["cardiologist", ["Astrid Lindqvist"]],
    ["skin", ["Samir Haddad"]],
  ];
  // Other journeys add doctors of their own (a dermatologist, say), so the check is on the demo's:
  // the expected ones in order, and none of the others.
  const demoDoctors = [...new Set(cases.flatMap(([, doctors]) => doctors))];
  for (const [query, doctors] of cases) {
    await page.goto(`/patient/doctors?q=${encodeURIComponent(query)}&sort=name`);
    await expect(results(page)).toContainText(doctors);
    for (const other of demoDoctors.filter((name) => !doctors.includes(name))) {
      await expect(results(page).filter({ hasText: other }), `${query} → not ${other}`).toHaveCount(0);
    }
  }
  await expectAccessible(page);
});

test("an inverted fee range says so", async ({ page, loginAs }) => {
  await loginAs("PATIENT");
  await page.goto("/patient/doctors?minFee=100&maxFee=20");
  await expect(page.getByTestId("fee-range-inverted")).toHaveText(
    "The lowest fee (100) is above the highest (20): swap them to see doctors.",
  );
  await expectAccessible(page);
});

test("an administrator keeps a specialty's search words", async ({ page, loginAs }) => {
  await loginAs("ADMIN");
  await page.goto("/admin/specialties");
  const words = page.getByRole("textbox", { name: "Search words for Paediatrics" });
  await expect(words).toHaveValue(/paediatrician/);
  await expectAccessible(page);
  await words.fill("paediatrician, child, kids");
  await page
    .getByRole("form", { name: "Search words for Paediatrics" })
    .getByRole("button", { name: "Save words" })
    .click();
  await expect(page.getByText("Search words saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Search words for Paediatrics" })).toHaveValue(
    "paediatrician, child, kids",
  );
});
