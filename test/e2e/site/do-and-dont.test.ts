// /do-and-dont/: every pair of the playbook, a full list without JavaScript, filters with it.
import { describe, expect, test } from "vitest";
import { allPrincipleFiles, pairCount } from "./playbook-content.ts";
import { testFitsTheScreen } from "./page-width.ts";
import { cannotRun, launchBrowser, useSite } from "./site-harness.ts";

const skip = cannotRun();
const TOTAL = pairCount();

describe.skipIf(skip)("the Do/Don't index", () => {
  const site = useSite();

  test("lists every pair of every principle, each linking back to its principle", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/do-and-dont/`);
    await expect.poll(() => page.locator("[data-pair]").count()).toBe(TOTAL);
    const first = page.locator("#make-it-easy-1");
    expect(await first.locator(".dont .text").innerText()).toBe("Users must create an account before they can check out.");
    const back = first.locator('a[href="/principles/make-it-easy/#do-and-dont"]');
    expect(await back.innerText()).toMatch(/^Make it easy/);
    // Every principle's pairs are there under its own heading.
    expect(await page.locator("[data-pair-group] h2").count()).toBe(allPrincipleFiles().length);
  });

  test("filters by document type and category, says how many show, and keeps the choice in the URL", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/do-and-dont/`);
    const visible = () => page.locator("[data-pair]:visible").count();
    await expect.poll(visible).toBe(TOTAL);
    await page.getByLabel("Document type").selectOption("survey");
    const surveyPairs = await visible();
    expect(surveyPairs).toBeGreaterThan(0);
    expect(surveyPairs).toBeLessThan(TOTAL);
    // Each pair still showing comes from a principle written for surveys.
    const types = await page.locator("[data-pair]:visible").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.documentTypes));
    expect(types.every((t) => t!.split(" ").includes("survey"))).toBe(true);
    expect(await page.locator("[data-pair-count]").innerText()).toBe(`Showing ${surveyPairs} of ${TOTAL} pairs.`);
    expect(new URL(page.url()).searchParams.get("type")).toBe("survey");

    await page.getByLabel("Document type").selectOption("");
    await page.getByLabel("Category").selectOption("obligation");
    const obligation = await page.locator("[data-pair]:visible").evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.categories));
    expect(obligation.length).toBeGreaterThan(0);
    expect(obligation.every((c) => c!.split(" ").includes("obligation"))).toBe(true);
    // A group whose pairs are all filtered out hides its heading too.
    const emptyGroups = await page.locator("[data-pair-group]:visible").evaluateAll((groups) => groups.filter((g) => !g.querySelector("[data-pair]:not([hidden])")).length);
    expect(emptyGroups).toBe(0);

    // The filtered view is a link someone can share.
    await page.goto(`${site.server.url}/do-and-dont/?category=obligation`);
    expect(await page.getByLabel("Category").inputValue()).toBe("obligation");
    expect(await page.locator("[data-pair]:visible").count()).toBe(obligation.length);
  });

  test("the filters are labelled controls in the accessibility tree, and the count is a status", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/do-and-dont/`);
    const snapshot = await page.locator("[data-pair-filters]").ariaSnapshot();
    expect(snapshot).toMatch(/combobox "Document type"/);
    expect(snapshot).toMatch(/combobox "Category"/);
    expect(await page.getByRole("status").innerText()).toBe(`Showing all ${TOTAL} pairs.`);
  });

  test("without JavaScript it is the full list and shows no controls that cannot work", async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      await browser.page.goto(`${site.server.url}/do-and-dont/`);
      expect(await browser.page.locator("[data-pair]:visible").count()).toBe(TOTAL);
      expect(await browser.page.locator("[data-pair-filters]").isHidden()).toBe(true);
    } finally {
      await browser.close();
    }
  });

  testFitsTheScreen(site, ["/do-and-dont/"]);
});
