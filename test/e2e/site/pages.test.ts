// Browsing the built site: home, principles with Do/Don't pairs, rule pages, page metadata, and
// the checklist without JavaScript.
import { describe, expect, test } from "vitest";
import { builtinRulebook } from "../../../src/core/index.ts";
import { cannotRun, launchBrowser, useSite } from "./site-harness.ts";

const skip = cannotRun();

describe.skipIf(skip)("playbook site pages", () => {
  const site = useSite();

  test("home page offers three ways in and they lead somewhere", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/`);
    const cards = page.locator("h2#three-ways-in + .card-grid a");
    await expect.poll(() => cards.count()).toBe(3);
    expect(await cards.allTextContents()).toEqual([
      expect.stringContaining("Read the principles"),
      expect.stringContaining("Check a document"),
      expect.stringContaining("Use it in your editor or CI"),
    ]);
    await cards.first().click();
    await page.waitForURL(/\/principles\/[a-z-]+\/$/);
    await expect.poll(() => page.locator(".do-dont-pair").count()).toBeGreaterThan(0);
  });

  test("principles are in the content's order in the sidebar", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    const links = await page.locator('nav[aria-label="Main"] a[href^="/principles/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBe(16);
    // sidebar.order 1-3 in content/principles: customer-jobs-first, see-it-as-customers-do, make-it-easy.
    expect(links.slice(0, 3)).toEqual(["/principles/customer-jobs-first/", "/principles/see-it-as-customers-do/", "/principles/make-it-easy/"]);
  });

  test("Do/Don't pairs sit side by side on wide screens and stack on narrow ones", async () => {
    const { page } = site.browser;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    const pair = page.locator(".do-dont-pair").first();
    await expect.poll(() => page.locator(".do-dont-pair").count()).toBe(5);
    expect(await pair.locator(".dont .label").innerText()).toMatch(/don't/i);
    expect(await pair.locator(".do .label").innerText()).toMatch(/^\W*do$/i);
    expect(await pair.locator(".dont .text").innerText()).toBe("Users must create an account before they can check out.");
    const wide = { dont: await pair.locator(".dont").boundingBox(), do: await pair.locator(".do").boundingBox() };
    expect(wide.do!.x).toBeGreaterThan(wide.dont!.x + wide.dont!.width - 1);
    expect(Math.abs(wide.do!.y - wide.dont!.y)).toBeLessThan(2);

    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = { dont: await pair.locator(".dont").boundingBox(), do: await pair.locator(".do").boundingBox() };
    expect(narrow.do!.y).toBeGreaterThanOrEqual(narrow.dont!.y + narrow.dont!.height);
    expect(Math.abs(narrow.do!.x - narrow.dont!.x)).toBeLessThan(2);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The label is text, not only an icon or a colour: the accessibility tree carries it.
    const snapshot = await pair.ariaSnapshot();
    expect(snapshot).toMatch(/Don't/);
    expect(snapshot).toMatch(/\bDo\b/);
  });

  test("every page shows owner, review dates, an edit link to content/ and a feedback link", async () => {
    const { page } = site.browser;
    for (const [path, file] of [
      ["/principles/make-it-easy/", "content/principles/make-it-easy.md"],
      ["/checklists/handling-a-complaint/", "content/checklists/handling-a-complaint.md"],
      ["/rules/sole-discretion/", "content/rules/sole-discretion.md"],
      ["/", "content/index.md"],
    ] as const) {
      await page.goto(`${site.server.url}${path}`);
      expect(await page.locator("[data-owner]").first().innerText(), path).not.toBe("");
      expect(await page.locator("[data-reviewed]").first().getAttribute("datetime"), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const edit = await page.locator("[data-edit-link]").first().getAttribute("href");
      expect(edit, path).toMatch(new RegExp(`/edit/main/${file}$`));
      // One edit link per page: Starlight's own in the footer would be a second.
      expect(await page.locator(`a[href="${edit}"]`).count(), path).toBe(1);
      expect(await page.locator("[data-feedback-link]").first().getAttribute("href"), path).toMatch(/\/issues\/new\?/);
    }
    // The pages are all within their review interval today, so no review banner is showing.
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    expect(await page.locator(".review-banner").isHidden()).toBe(true);
  });

  test("a page past its review date shows the banner", async () => {
    const { page } = site.browser;
    // The banner script compares the due date with today's date in the browser: move the clock.
    await page.clock.setFixedTime(new Date("2031-01-01T12:00:00Z"));
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    await page.locator(".review-banner").waitFor({ state: "visible" });
    expect(await page.locator(".review-banner").innerText()).toMatch(/due for review/);
  });

  test("each rule has a page at /rules/<id>/ with category, severity, fixable and how to configure it", async () => {
    const { page } = site.browser;
    const rules = builtinRulebook().rules;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const response = await page.goto(`${site.server.url}/rules/${rule.id}/`);
      expect(response?.status(), rule.id).toBe(200);
      const meta = await page.locator(".rule-meta").innerText();
      expect(meta, rule.id).toContain(rule.id);
      expect(meta.toLowerCase(), rule.id).toContain(rule.severity);
      expect(await page.locator("[data-fixable]").count(), rule.id).toBe(1);
      expect(await page.locator("#configure ~ pre").first().innerText(), rule.id).toContain(`${rule.id}:`);
    }
    await page.goto(`${site.server.url}/rules/`);
    const sole = builtinRulebook().rules.find((r) => r.id === "sole-discretion")!;
    const group = page.locator(`section:has(> h2#${sole.category})`);
    expect(await group.locator('a[href="/rules/sole-discretion/"]').count()).toBe(1);
  });

  test("each lexicon has a page with its entries, the rules that use it and how to extend it; rule pages link back", async () => {
    const { page } = site.browser;
    const lexicons = builtinRulebook().lexicons ?? [];
    expect(lexicons.length).toBeGreaterThan(0);
    await page.goto(`${site.server.url}/lexicons/`);
    for (const lexicon of lexicons) expect(await page.locator(`a[href="/lexicons/${lexicon.id}/"]`).count(), lexicon.id).toBe(1);
    for (const lexicon of lexicons) {
      const response = await page.goto(`${site.server.url}/lexicons/${lexicon.id}/`);
      expect(response?.status(), lexicon.id).toBe(200);
      expect(await page.locator(".lexicon-entries li").count(), lexicon.id).toBe(lexicon.entries.length);
      expect(await page.locator('#rules ~ ul a[href^="/rules/"]').count(), lexicon.id).toBeGreaterThan(0);
      expect(await page.locator("#extend ~ pre").innerText(), lexicon.id).toContain(`lexicons:\n  ${lexicon.id}:`);
    }
    await page.goto(`${site.server.url}/rules/leads-and-prospects/`);
    await page.locator('.rule-meta a[href="/lexicons/pipeline-labels/"]').click();
    await page.waitForURL(/\/lexicons\/pipeline-labels\/$/);
  });

  test("without JavaScript a checklist is a plain list with no controls", async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      await noJs.page.goto(`${site.server.url}/checklists/handling-a-complaint/`);
      const items = noJs.page.locator("li.checklist-item");
      expect(await items.count()).toBe(11);
      expect(await items.first().innerText()).toMatch(/same working day/);
      expect(await noJs.page.locator("input.checklist-box:visible").count()).toBe(0);
      expect(await noJs.page.locator("[data-checklist-progress]").isHidden()).toBe(true);
    } finally {
      await noJs.close();
    }
  });
});
