// axe with the WCAG 2.2 AA tags on every kind of page, in both colour themes, including the
// interactive states of our components (ticked checklist, playground with findings).
import { describe, expect, test } from "vitest";
import { axeViolations, cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();
const PAGES = ["/", "/principles/make-it-easy/", "/checklists/handling-a-complaint/", "/rules/", "/rules/sole-discretion/", "/lexicons/", "/lexicons/pipeline-labels/", "/playground/"];
// The reading pages (all pairs, the A–Z of words, print, roles, sources): long pages, so their own test.
const READING_PAGES = ["/do-and-dont/", "/words/", "/playbook/print/", "/for/", "/for/support/", "/documents/policy/", "/sources/"];

describe.skipIf(skip)("accessibility (axe, WCAG 2.2 AA)", () => {
  const site = useSite();

  for (const theme of ["light", "dark"]) {
    test(`no violations on key pages (${theme} theme)`, async () => {
      const { page } = site.browser;
      await page.emulateMedia({ colorScheme: theme as "light" | "dark" });
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(`${site.server.url}${path}`);
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
      }
      expect(found).toEqual([]);
    });
  }

  test.each(["light", "dark"] as const)("no violations on the reading pages (%s theme)", async (theme) => {
    const { page } = site.browser;
    await page.emulateMedia({ colorScheme: theme });
    const found: string[] = [];
    for (const path of READING_PAGES) {
      await page.goto(`${site.server.url}${path}`);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      found.push(...(await axeViolations(page)).map((v) => `${path} ${v}`));
    }
    expect(found).toEqual([]);
  });

  test.each(["light", "dark"] as const)("no violations with a ticked checklist and a playground full of findings (%s theme)", async (theme) => {
    const { page } = site.browser;
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${site.server.url}/checklists/handling-a-complaint/`);
    await page.locator('input.checklist-box[data-item-id="same-day-reply"]').check();
    const checklist = await axeViolations(page);
    await page.goto(`${site.server.url}/playground/#text=${encodeURIComponent("Users must log in. We may suspend accounts at our sole discretion.")}`);
    await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
    const playground = await axeViolations(page);
    expect([...checklist, ...playground]).toEqual([]);
  });

  test("focus is visible on the playground's buttons", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/playground/#text=${encodeURIComponent("We may suspend accounts at our sole discretion.")}`);
    const button = page.locator("[data-findings] button").first();
    await button.focus();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth);
    expect(outline).toMatch(/solid 3px/);
  });
});
