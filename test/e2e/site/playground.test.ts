// The playground: type company-perspective text, see it highlighted, apply the rewrite, watch the
// score change, share it by permalink, and nothing leaves the browser.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { builtinRulebook, lint } from "../../../src/core/index.ts";
import { cannotRun, launchBrowser, useSite } from "./site-harness.ts";

const skip = cannotRun();
// A rule's own documented Don't example and rewrite, chosen so that the sentence has exactly one
// finding and its rewrite has none: then applying the rewrite must raise the score.
const EXAMPLE = builtinRulebook()
  .rules.flatMap((rule) => (rule.docs?.dont ?? []).map((d) => ({ ruleId: rule.id, text: d.text, rewrite: d.rewrite })))
  .find((e) => e.rewrite && lint(e.text).findings.length === 1 && lint(e.text).findings[0]!.ruleId === e.ruleId && lint(e.rewrite).findings.length === 0);
const SENTENCE = EXAMPLE?.text ?? "";

describe.skipIf(skip)("playground", () => {
  const site = useSite();

  /** Opens the playground and reaches for the text field, which loads the linter, as a person would. */
  async function open(page: Page) {
    await page.goto(`${site.server.url}/playground/`);
    await page.getByLabel("Your text").focus();
    await page.locator('[data-playground][data-ready="true"]').waitFor();
  }

  const score = () => site.browser.page.locator("[data-score]").innerText();

  test("some rule documents a sentence with one finding and a clean rewrite", () => {
    expect(EXAMPLE).toBeDefined();
  });

  test("typing a company-perspective sentence highlights it; one click applies the rewrite and the score rises", async () => {
    const { page } = site.browser;
    await open(page);
    const input = page.getByLabel("Your text");
    await input.pressSequentially(SENTENCE);

    const expected = lint(SENTENCE).findings[0]!;
    const mark = page.locator("[data-highlights] mark");
    await mark.first().waitFor();
    expect(await mark.allInnerTexts()).toEqual([SENTENCE.slice(expected.range.start, expected.range.end)]);
    const finding = page.locator(`[data-findings] li[data-rule-id="${EXAMPLE!.ruleId}"]`);
    expect(await finding.locator("a").getAttribute("href")).toBe(`/rules/${EXAMPLE!.ruleId}/`);
    const before = Number(await score());
    expect(before).toBeLessThan(100);

    // The highlight sits over the words in the textarea, not somewhere else on the page.
    const markBox = (await mark.first().boundingBox())!;
    const inputBox = (await input.boundingBox())!;
    expect(markBox.y).toBeGreaterThanOrEqual(inputBox.y);
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(inputBox.y + inputBox.height);

    await finding.getByRole("button", { name: /^Apply/ }).first().click();
    await page.locator('[data-status]:text("Applied")').waitFor();
    expect(await input.inputValue()).toBe(EXAMPLE!.rewrite);
    expect(await page.locator("[data-findings] li").count()).toBe(0);
    expect(await mark.count()).toBe(0);
    expect(Number(await score())).toBeGreaterThan(before);
  });

  test("a rewrite that needs a fact leaves its placeholder selected; Ctrl+Z undoes the rewrite", async () => {
    const { page } = site.browser;
    const text = "We will process your refund within a reasonable time.";
    const filled = "We will process your refund within [how long].";
    const first = lint(text).findings.find((f) => f.ruleId === "vague-timeframe")!.suggestions[0]!;
    expect(first.placeholders?.length).toBeGreaterThan(0);
    await open(page);
    const input = page.getByLabel("Your text");
    await input.fill(text);
    const finding = page.locator('[data-findings] li[data-rule-id="vague-timeframe"]');
    // The first button is the core's first suggestion, the one the editor and --fix see first too.
    const button = finding.getByRole("button", { name: /^Apply/ }).first();
    expect(await button.innerText()).toBe(`Apply: ${first.title}`);
    await button.click();
    await page.locator('[data-status]:text("placeholder")').waitFor();
    const selected = await input.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe("[how long]");
    // The rewrite is one step of the field's own undo history, as if it had been typed.
    await page.keyboard.press("Control+Z");
    await expect.poll(() => input.inputValue()).toBe(text);
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => input.inputValue()).toBe(filled);
    await input.evaluate((el: HTMLTextAreaElement, place) => {
      const start = el.value.indexOf(place);
      el.setSelectionRange(start, start + place.length);
    }, "[how long]");
    await page.keyboard.type("5 working days");
    expect(await input.inputValue()).toBe("We will process your refund within 5 working days.");
  });

  test("the permalink keeps the text in the URL fragment and restores it in a fresh browser", async () => {
    const { page } = site.browser;
    const text = "Users must create an account before they can check out.";
    await open(page);
    await page.getByLabel("Your text").fill(text);
    await page.waitForFunction(() => location.hash.startsWith("#text="));
    const permalink = page.url();
    expect(new URL(permalink).searchParams.toString()).toBe(""); // the text is not in the query, which servers see

    // A new profile has no storage or history of this visit: only the link can carry the text.
    const fresh = await launchBrowser();
    try {
      await fresh.page.goto(permalink);
      await fresh.page.locator('[data-playground][data-ready="true"]').waitFor();
      expect(await fresh.page.getByLabel("Your text").inputValue()).toBe(text);
      await fresh.page.locator('[data-findings] li[data-rule-id="users-must"]').waitFor();
    } finally {
      await fresh.close();
    }
  });

  test("a long document is still linted and highlighted once typing pauses", async () => {
    const { page } = site.browser;
    await open(page);
    const input = page.getByLabel("Your text");
    const long = `${SENTENCE}\n\n`.repeat(600); // ~20,000 characters: slow enough to defer linting
    await input.fill(long);
    await input.press("End");
    await input.pressSequentially(" Done.");
    // Settled: every finding of the whole text is listed and the backdrop holds exactly the text.
    const expected = lint(long + " Done.").findings.length;
    await page.waitForFunction((n) => document.querySelectorAll("[data-findings] li").length === n, expected);
    const backdrop = await page.locator("[data-highlights]").evaluate((el) => el.textContent!.replace(/\u200b$/, ""));
    expect(backdrop).toBe(await input.inputValue());
    expect(await page.locator("[data-highlights] mark").count()).toBeGreaterThan(0);
  });

  test("nothing typed leaves the browser", async () => {
    const { page } = site.browser;
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await open(page);
    await page.getByLabel("Your text").fill("A secret draft: refunds at our sole discretion.");
    await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
    // Only the page's own static files may be fetched, and never with the text in the URL.
    expect(requests.filter((url) => !url.startsWith(site.server.url))).toEqual([]);
    expect(requests.filter((url) => /secret/i.test(decodeURIComponent(url)))).toEqual([]);
  });
});
