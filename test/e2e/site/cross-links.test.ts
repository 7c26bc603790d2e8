// Links both ways: principles name the checklists and rules that use them, every rule is reachable
// from the rules index, and search results say what kind of page each hit is.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { builtinRulebook } from "../../../src/core/index.ts";
import { parseChecklist } from "../../../src/core/content/index.ts";
import { allChecklistFiles, allPrincipleFiles } from "./playbook-content.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

// The checklists whose items link to a principle, by title, read straight from content/.
function checklistTitlesUsing(principleId: string): string[] {
  return allChecklistFiles()
    .map((file) => parseChecklist(readFileSync(file, "utf8")))
    .filter((c) => c.items.some((item) => item.principles.includes(principleId)))
    .map((c) => String(c.frontMatter.title));
}

describe.skipIf(skip)("links between principles, checklists and rules", () => {
  const site = useSite();

  test("a principle lists, by title, the checklists that link to it and the rules that enforce it", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    const checklists = await page.locator("[data-used-by-checklists] a").allInnerTexts();
    expect(checklists.sort()).toEqual(checklistTitlesUsing("make-it-easy").sort());
    expect(checklists.length).toBeGreaterThan(0);
    const rules = builtinRulebook().rules.filter((r) => r.principle === "make-it-easy");
    const ruleLinks = page.locator("[data-used-by-rules] a");
    for (const rule of rules) expect(await ruleLinks.filter({ hasText: rule.title }).getAttribute("href")).toBe(`/rules/${rule.id}/`);
  });

  test("the related-rules list shows rule titles, not bare ids", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/principles/make-it-easy/`);
    const link = page.locator('#related-writing-rules + ul a[href="/rules/users-must/"]');
    const title = builtinRulebook().rules.find((r) => r.id === "users-must")!.title;
    expect(await link.innerText()).toBe(title);
  });

  test("every rule in the rulebook is linked from the rules index, under its category", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/rules/`);
    for (const rule of builtinRulebook().rules) {
      const link = page.locator(`section[aria-labelledby="${rule.category}"] a[href="/rules/${rule.id}/"]`);
      expect(await link.count(), rule.id).toBe(1);
    }
    // ...and the index itself is in the sidebar.
    expect(await page.locator('nav[aria-label="Main"] a[href="/rules/"]').count()).toBe(1);
  });

  test("principle and checklist pages say who they are for, and each role links to its page", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/checklists/reviewing-a-policy/`);
    await page.locator("[data-page-roles] a", { hasText: "policy writers" }).click();
    await page.waitForURL(/\/for\/policy-writer\/$/);
    expect(await page.locator("[data-tagged-checklists] a").allInnerTexts()).toContain("Reviewing a policy");
  });

  async function searchTitles(query: string): Promise<Array<{ path: string; title: string }>> {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/`);
    await page.locator("site-search button[data-open-modal]").click();
    const input = page.locator("#starlight__search input[type=search], #starlight__search .pagefind-ui__search-input");
    await input.waitFor();
    await input.fill(query);
    const results = page.locator("#starlight__search .pagefind-ui__result-link");
    await results.first().waitFor();
    return results.evaluateAll((links) => links.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, title: a.textContent!.trim() })));
  }

  test("search results name the kind of page: principle, checklist, rule or lexicon", async () => {
    const hits = [...(await searchTitles("sole discretion")), ...(await searchTitles("pipeline labels")), ...(await searchTitles('"same working day"'))];
    const titleOf = (path: string) => hits.find((h) => h.path === path)?.title;
    expect(titleOf("/rules/sole-discretion/")).toMatch(/^Rule: /);
    expect(titleOf("/lexicons/pipeline-labels/")).toMatch(/^Lexicon: /);
    expect(titleOf("/checklists/handling-a-complaint/")).toMatch(/^Checklist: /);
    const principleHits = await searchTitles("restocking fee");
    expect(principleHits.find((h) => h.path === "/principles/make-it-easy/")?.title).toMatch(/^Principle: Make it easy/);
  });

  test("the search index has a type filter with a count for each kind of page", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/`);
    // Pagefind's own API, as a search page offering "only rules" would call it.
    // A string, so the test runner does not rewrite the browser's import().
    const filters = (await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.init();
      return pagefind.filters();
    })()`)) as Record<string, Record<string, number>>;
    expect(filters.type).toEqual({
      Principle: allPrincipleFiles().length,
      Checklist: allChecklistFiles().length,
      Rule: builtinRulebook().rules.length,
      Lexicon: builtinRulebook().lexicons!.length,
    });
  });
});
