// /sources/: every work the principles cite, with its title, its link where public and its date.
import { describe, expect, test } from "vitest";
import { principles } from "./playbook-content.ts";
import { testFitsTheScreen } from "./page-width.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

describe.skipIf(skip)("the sources page", () => {
  const site = useSite();

  test("lists each cited work once, with a date, linking the public ones", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/sources/`);
    const titles = new Set(principles().flatMap((p) => p.citations.map((c) => c.title!)));
    const shown = await page.locator("[data-work] cite").allInnerTexts();
    expect(shown.sort()).toEqual([...titles].sort());
    const dates = await page.locator("[data-work-date]").allInnerTexts();
    expect(dates.every((d) => /^(\d{4}|undated)$/.test(d))).toBe(true);
    const linked = page.locator("[data-work] cite a", { hasText: "Customer-Centered Culture: Do This, Not That" });
    expect(await linked.getAttribute("href")).toBe("https://customerthink.com/customer-centered-culture-do-this-not-that/");
  });

  test("each work links back to the principles that cite it", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/sources/`);
    const work = page.locator("[data-work]", { has: page.locator("cite", { hasText: "7 Pillars of Customer Obsessive Organisations" }) });
    const citing = principles().filter((p) => p.citations.some((c) => c.title === "7 Pillars of Customer Obsessive Organisations"));
    expect(await work.locator('a[href^="/principles/"]').count()).toBe(citing.length);
  });

  testFitsTheScreen(site, ["/sources/"]);
});
