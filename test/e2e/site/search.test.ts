// Pagefind search over the built site finds principles, rules and checklist items.
import { describe, expect, test } from "vitest";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

describe.skipIf(skip)("search", () => {
  const site = useSite();

  async function search(query: string): Promise<string[]> {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/`);
    await page.locator("site-search button[data-open-modal]").click();
    const input = page.locator("#starlight__search input[type=search], #starlight__search .pagefind-ui__search-input");
    await input.waitFor(); // Pagefind's UI loads on demand
    await input.fill(query);
    const results = page.locator("#starlight__search .pagefind-ui__result-link");
    await results.first().waitFor();
    return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  test("finds a principle", async () => {
    expect(await search("restocking fee")).toContain("/principles/make-it-easy/");
  });

  test("finds a rule page", async () => {
    expect(await search("sole discretion")).toContain("/rules/sole-discretion/");
  });

  test("finds a checklist item", async () => {
    expect(await search('"same working day"')).toContain("/checklists/handling-a-complaint/");
  });
});
