// /playbook/print/: the whole playbook on one page, printed to PDF by Chromium. Each principle and
// checklist starts a new sheet, and nothing is cut off at the edge of its box.
import { describe, expect, test } from "vitest";
import { allChecklistFiles, allPrincipleFiles, pairCount, principles } from "./playbook-content.ts";
import { DESKTOP, testFitsTheScreen } from "./page-width.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();
// A4 at 96 CSS pixels per inch, less the 15 mm margins the test prints with.
const A4_PRINTABLE_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe.skipIf(skip)("the printable playbook", () => {
  const site = useSite();

  test("has every principle with its pairs and questions, and every checklist with its items", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/playbook/print/`);
    expect(await page.locator("[data-print-principle]").count()).toBe(allPrincipleFiles().length);
    expect(await page.locator("[data-print-checklist]").count()).toBe(allChecklistFiles().length);
    expect(await page.locator("[data-print-principle] .do-dont-pair").count()).toBe(pairCount());
    const questions = principles().reduce((n, p) => n + p.questions.length, 0);
    expect(await page.locator("[data-print-principle] h3:text-is('Questions to ask') + ul > li").count()).toBe(questions);
    expect(await page.locator("[data-print-checklist] ul.print-checklist > li").count()).toBeGreaterThan(0);
  });

  test("prints to PDF with each principle and checklist on its own pages", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/playbook/print/`);
    const pdf = await page.pdf({ format: "A4", margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } });
    const sections = allPrincipleFiles().length + allChecklistFiles().length;
    const pages = pdfPageCount(pdf);
    // At least one sheet per section (each starts a new one); a section longer than three sheets means the layout broke.
    expect(pages).toBeGreaterThanOrEqual(sections);
    expect(pages).toBeLessThanOrEqual(sections * 3);
  });

  test("under print media nothing is wider than its box: no clipped pairs, lists or code", async () => {
    const { page } = site.browser;
    await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1100 });
    await page.emulateMedia({ media: "print" });
    try {
      await page.goto(`${site.server.url}/playbook/print/`);
      const clipped = await page.evaluate(() => {
        const main = document.querySelector("main")!.getBoundingClientRect();
        const boxes = document.querySelectorAll<HTMLElement>("main :is(pre, table, .oi-box, .do-dont-pair, li, p, h2, h3)");
        return Array.from(boxes)
          .filter((el) => el.getClientRects().length > 0)
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > main.right + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.slice(0, 60)}`);
      });
      expect(clipped).toEqual([]);
      // The site's chrome stays off paper: no sidebar, search or page links.
      expect(await page.locator("nav.sidebar").isVisible()).toBe(false);
      expect(await page.locator("[data-edit-link]").isVisible()).toBe(false);
      // A new principle starts a new sheet.
      const breaks = await page.locator("[data-print-principle]").evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
      expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize(DESKTOP);
    }
  });

  testFitsTheScreen(site, ["/playbook/print/"]);
});
