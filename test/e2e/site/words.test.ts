// /words/: the A–Z of flagged words and phrases, each with its rewrite and the rule behind it.
import { describe, expect, test } from "vitest";
import { builtinRulebook } from "../../../src/core/index.ts";
import { testFitsTheScreen } from "./page-width.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

describe.skipIf(skip)("words and phrases to watch", () => {
  const site = useSite();

  test("a phrase a rule flags shows the linter's rewrite and links to that rule by title", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/words/`);
    const entry = page.locator("[data-word]", { has: page.locator("dt", { hasText: /^at our sole discretion$/i }) });
    await expect.poll(() => entry.count()).toBe(1);
    const rule = builtinRulebook().rules.find((r) => r.id === "sole-discretion")!;
    expect(await entry.locator(`a[href="/rules/sole-discretion/"]`).innerText()).toBe(rule.title);
  });

  test("a rewrite comes from the linter: the entry for a phrase with a safe rewrite says what to write instead", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/words/`);
    const withRewrite = page.locator("[data-word]", { has: page.locator("dd", { hasText: /^Instead:/ }) });
    expect(await withRewrite.count()).toBeGreaterThan(10);
  });

  test("every lexicon entry is there with its word list, and the page runs A to Z", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/words/`);
    const lexicon = builtinRulebook().lexicons!.find((l) => l.id === "pipeline-labels")!;
    const entry = page.locator("[data-word]", { has: page.locator("dt", { hasText: /^funnel$/ }) });
    expect(await entry.locator('a[href="/lexicons/pipeline-labels/"]').innerText()).toBe(lexicon.title);
    expect(await entry.innerText()).toContain("the stages a person is pushed through");
    const phrases = await page.locator("[data-word] dt").allInnerTexts();
    const sorted = [...phrases].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" }));
    // "#" (numbers and symbols) comes first, then letters in order.
    expect(phrases.filter((p) => /^[a-z]/i.test(p))).toEqual(sorted.filter((p) => /^[a-z]/i.test(p)));
    const letters = await page.locator('nav[aria-label="Jump to a letter"] a').allInnerTexts();
    expect(letters).toContain("A");
    await page.locator('nav[aria-label="Jump to a letter"] a', { hasText: /^S$/ }).click();
    expect(new URL(page.url()).hash).toBe("#letter-s");
  });

  testFitsTheScreen(site, ["/words/"]);
});
