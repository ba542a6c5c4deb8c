import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, sql, test, type DemoRole } from "../fixtures";

// Every admin page answers 403 to patients and doctors, and the CSV exports refuse them too.
// Real record ids are used, so the refusal is the guard's and not a "not found".
async function adminPaths(): Promise<string[]> {
  const [ids] = await sql<{
    user_id: string;
    appointment_id: string;
    patient_id: string;
    doctor_id: string;
    starts_at: Date;
  }>(`
    SELECT (SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1) AS user_id,
           a.id AS appointment_id, a.patient_id, a.doctor_id, a.starts_at
      FROM appointments a WHERE a.status IN ('PENDING', 'CONFIRMED') AND a.starts_at > now() LIMIT 1`);
  if (!ids) throw new Error("The demo clinic has no upcoming appointment");
  const appointment = `/admin/appointments/${ids.appointment_id}`;
  return [
    "/admin",
    "/admin/users",
    "/admin/users/new/doctor",
    "/admin/users/new/admin",
    `/admin/users/${ids.user_id}`,
    "/admin/appointments",
    appointment,
    `${appointment}/reschedule`,
    `${appointment}/reschedule/confirm?start=${encodeURIComponent(ids.starts_at.toISOString())}`,
    `/admin/patients/${ids.patient_id}`,
    `/admin/patients/${ids.patient_id}/profile`,
    `/admin/doctors/${ids.doctor_id}/hours`,
    `/admin/doctors/${ids.doctor_id}/profile`,
    "/admin/specialties",
    "/admin/settings",
    "/admin/reports",
    "/admin/audit",
    "/admin/outbox",
    "/admin/mailbox",
    // The guard runs before any lookup, so even an id that matches no email gets 403.
    "/admin/mailbox/00000000-0000-4000-8000-000000000000",
  ];
}

/** Every admin page's route as a pattern: route groups dropped, dynamic segments match one segment. */
async function adminPagePatterns(): Promise<RegExp[]> {
  const root = path.resolve(import.meta.dirname, "../../app/(admin)");
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith("page.tsx"));
  return files.map((file) => {
    const route = path
      .dirname(file)
      .split(path.sep)
      .filter((part) => !/^\(.*\)$/.test(part))
      .map((part) => (/^\[.*\]$/.test(part) ? "[^/]+" : part));
    return new RegExp(`^/${route.join("/")}$`);
  });
}

test("the refusal list covers every admin page", async () => {
  const paths = (await adminPaths()).map((p) => p.split("?")[0]!);
  const uncovered = (await adminPagePatterns()).filter((pattern) => !paths.some((p) => pattern.test(p))).map(String);
  expect(uncovered).toEqual([]);
});

for (const role of ["PATIENT", "DOCTOR"] as const satisfies DemoRole[]) {
  test(`a ${role.toLowerCase()} gets 403 from every admin page and export`, async ({ page, loginAs }) => {
    const paths = await adminPaths();
    await loginAs(role);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByTestId("forbidden-page"), path).toBeVisible();
    }
    for (const path of ["/admin/appointments/export", "/admin/reports/export"]) {
      expect((await page.request.get(path)).status(), path).toBe(403);
    }
  });
}

test("signed-out visitors cannot download the exports", async ({ request }) => {
  for (const path of ["/admin/appointments/export", "/admin/reports/export"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307, 401], path).toContain(response.status());
    expect(response.headers()["content-type"] ?? "", path).not.toMatch(/text\/csv/);
  }
});
