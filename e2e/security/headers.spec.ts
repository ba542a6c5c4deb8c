// Every response carries the security headers, pages a nonce policy; and the app still works under
// that policy: no Content-Security-Policy violation while each role goes through its main pages.
import type { Page } from "@playwright/test";
import { demo, expect, signIn, test, type DemoRole } from "../fixtures";

const common = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  "content-security-policy": /frame-ancestors 'none'/,
};

test("pages, route handlers, redirects and static files all carry the security headers", async ({ request }) => {
  const login = await request.get("/login");
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(await login.text())?.[0];
  expect(chunk).toBeTruthy();
  for (const path of [
    "/login",
    "/register",
    "/forgot-password",
    "/no-such-page",
    "/patient", // a redirect to sign-in
    "/api/auth/session",
    "/api/calendar/not-a-token",
    "/api/cron/dispatch", // 401
    "/favicon.ico",
    "/manifest.webmanifest",
    "/icon.svg",
    chunk!,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(common)) expect(headers[name], `${name} on ${path}`).toMatch(pattern);
  }
});

test("each page gets its own nonce, and Next's scripts carry it", async ({ request }) => {
  const policies = await Promise.all(
    [1, 2].map(async () => (await request.get("/login")).headers()["content-security-policy"]!),
  );
  const nonces = policies.map((p) => /'nonce-([^']+)'/.exec(p)?.[1]);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  for (const policy of policies) {
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
  }
  const response = await request.get("/login");
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"]!)![1];
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

/** Records CSP violations the page reports and the console messages Chromium writes for them. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

/** Follows an in-app link and proves the client router handled it (no full reload): React hydrated. */
async function navigateInApp(page: Page, name: RegExp | string) {
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name }).first().click();
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
}

/** Like the loginAs fixture, with room for a development server compiling each page on first visit. */
async function signInAs(page: Page, role: DemoRole) {
  await page.goto("/login");
  await signIn(page, demo[role].email);
  await page.waitForURL(new RegExp(`${demo[role].home}$`), { timeout: 90_000 });
}

const tours: Record<DemoRole, string[]> = {
  PATIENT: ["/patient", "/patient/doctors", "/patient/doctors?q=Patel&sort=fee"],
  DOCTOR: [
    "/doctor",
    "/doctor/agenda",
    "/doctor/agenda?view=week",
    "/doctor/availability",
    "/doctor/profile",
    "/doctor/report",
  ],
  ADMIN: [
    "/admin",
    "/admin/users",
    "/admin/appointments",
    "/admin/reports",
    "/admin/audit",
    "/admin/mailbox",
    "/admin/outbox",
    "/admin/settings",
    "/admin/specialties",
  ],
};

for (const role of Object.keys(tours) as DemoRole[]) {
  test(`no CSP violation on the ${role.toLowerCase()}'s main pages`, async ({ page }) => {
    test.setTimeout(300_000);
    const violations = await watchViolations(page);
    await signInAs(page, role);
    for (const path of tours[role]) {
      const response = await page.goto(path, { timeout: 90_000 });
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });
}

test("the slot picker and booking form work under the policy", async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  await signInAs(page, "PATIENT");
  await page.goto("/patient/doctors");
  await navigateInApp(page, /See times for/);
  await expect(page.getByTestId("slot").first()).toBeVisible();
  await page.getByTestId("slot").first().click();
  await expect(page.getByRole("heading", { name: "Confirm your booking" })).toBeVisible();
  // Checked in the browser by react-hook-form: only a hydrated form shows this without a round trip.
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByTestId("error-reason")).toBeVisible();
  expect(violations).toEqual([]);
});

test("an admin reads an email in the mailbox under the policy", async ({ page }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  await signInAs(page, "ADMIN");
  await page.goto("/admin/mailbox");
  const first = page.locator('a[href^="/admin/mailbox/"]').first();
  if (await first.count()) {
    await first.click();
    await expect(page.getByTestId("email-subject")).toBeVisible();
  }
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
