// The playground: type company-perspective text, see it highlighted, apply the rewrite, watch the
// score change, undo it, work through a whole file, share it by permalink, and nothing leaves the
// browser. Every test opens its own page, once on a desktop and once on a 390 px phone.
import { beforeEach, describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { builtinRulebook, fixAll, lint } from "../../../src/core/index.ts";
import { axeViolations, cannotRun, launchBrowser, useSite } from "./site-harness.ts";

const skip = cannotRun();
// A rule's own documented Don't example and rewrite, chosen so that the sentence has exactly one
// finding and its rewrite has none: then applying the rewrite must raise the score.
const EXAMPLE = builtinRulebook()
  .rules.flatMap((rule) => (rule.docs?.dont ?? []).map((d) => ({ ruleId: rule.id, text: d.text, rewrite: d.rewrite })))
  .find((e) => e.rewrite && lint(e.text).findings.length === 1 && lint(e.text).findings[0]!.ruleId === e.ruleId && lint(e.rewrite).findings.length === 0);
const SENTENCE = EXAMPLE?.text ?? "";
// Five company-side sentences: the document-level score rule fires, and "sole discretion" sits
// inside its first sentence.
const ONE_SIDED = "We may suspend accounts at our sole discretion. You must read these terms. You must not share your password. You must pay all fees on time. You are required to keep your details up to date.";
// Two findings with safe rewrites and one whose rewrite changes the meaning (not safe).
const MIXED = "Your account has been suspended. Your patience is greatly appreciated. Users must log in.";

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

/**
 * Opens the playground at `hash` and waits until its script has started. The linter loads when a
 * person reaches for the text field (or at once for a permalink), so the field is focused first.
 */
async function openPlayground(page: Page, base: string, hash = "") {
  await page.goto("about:blank");
  await page.goto(`${base}/playground/${hash}`);
  const input = page.getByLabel("Your text");
  if (!hash.startsWith("#text=")) await input.focus();
  await page.locator('[data-playground][data-ready="true"]').waitFor();
  return input;
}

const selectedText = (page: Page) =>
  page.getByLabel("Your text").evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));

for (const viewport of VIEWPORTS) {
  describe.skipIf(skip)(`playground (${viewport.name}, ${viewport.width} px)`, () => {
    const site = useSite({ viewport: { width: viewport.width, height: viewport.height } });
    const requests: string[] = [];
    // Every test has a page of its own: listen on each one.
    beforeEach(() => {
      requests.length = 0;
      site.browser.page.on("request", (request) => requests.push(request.url()));
    });

    const score = () => site.browser.page.locator("[data-score]").innerText();

    test("some rule documents a sentence with one finding and a clean rewrite", () => {
      expect(EXAMPLE).toBeDefined();
    });

    test("typing a company-perspective sentence highlights it; one click applies the rewrite and the score rises", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
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

    test("the summary reads as words: a space between the score and the count, and it does not describe the textarea", async () => {
      const { page } = site.browser;
      const text = "Users must log in. We may suspend accounts at our sole discretion.";
      const result = lint(text);
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent(text)}`);
      const spoken = await page.locator("[data-summary]").evaluate((el) => el.textContent!.replace(/\s+/g, " ").trim());
      expect(spoken).toBe(`Perspective score ${Math.round(result.perspective.score)} / 100, ${result.findings.length} findings`);
      // What describes the textarea is static text: a live region there is re-read on every keystroke.
      const descriptions = await page.getByLabel("Your text").evaluate((el) =>
        (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean).map((id) => {
          const node = document.getElementById(id);
          return { id, exists: !!node, live: !!node?.closest("[aria-live], [role=status], [role=alert], [role=log]") };
        }),
      );
      expect(descriptions.length).toBeGreaterThan(0);
      expect(descriptions.filter((d) => !d.exists || d.live)).toEqual([]);
    });

    test("a document-level finding goes in the summary and leaves the precise highlights visible", async () => {
      const { page } = site.browser;
      const result = lint(ONE_SIDED);
      const documentLevel = result.findings.find((f) => f.ruleId === "perspective-score-threshold");
      expect(documentLevel).toBeDefined(); // the text must trigger it, or this test proves nothing
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent(ONE_SIDED)}`);
      await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
      const marks = await page.locator("[data-highlights] mark").allInnerTexts();
      expect(marks).toContain("at our sole discretion");
      expect(marks).not.toContain(ONE_SIDED.slice(documentLevel!.range.start, documentLevel!.range.end));
      expect(await page.locator('[data-findings] li[data-rule-id="perspective-score-threshold"]').count()).toBe(0);
      const summary = page.locator('[data-document-findings] li[data-rule-id="perspective-score-threshold"]');
      expect(await summary.innerText()).toContain(documentLevel!.message);
      expect(await summary.getByRole("link").getAttribute("href")).toBe("/rules/perspective-score-threshold/");
    });

    test("a rewrite that needs a fact leaves its placeholder selected; Ctrl+Z undoes the rewrite", async () => {
      const { page } = site.browser;
      const text = "We will process your refund within a reasonable time.";
      const filled = "We will process your refund within [how long].";
      const first = lint(text).findings.find((f) => f.ruleId === "vague-timeframe")!.suggestions[0]!;
      expect(first.placeholders?.length).toBeGreaterThan(0);
      const input = await openPlayground(page, site.server.url);
      await input.fill(text);
      const finding = page.locator('[data-findings] li[data-rule-id="vague-timeframe"]');
      // The first button is the core's first suggestion, the one the editor and --fix see first too.
      const button = finding.getByRole("button", { name: /^Apply/ }).first();
      expect(await button.innerText()).toBe(`Apply: ${first.title}`);
      await button.click();
      await page.locator('[data-status]:text("placeholder")').waitFor();
      expect(await selectedText(page)).toBe("[how long]");
      // The rewrite is one step of the field's own undo history, as if it had been typed.
      await page.keyboard.press("Control+Z");
      await expect.poll(() => input.inputValue()).toBe(text);
      await page.keyboard.press("Control+Shift+Z");
      await expect.poll(() => input.inputValue()).toBe(filled);
      await page.keyboard.press("Control+Z");
      await expect.poll(() => input.inputValue()).toBe(text);
      // Applied again, typing straight away replaces the placeholder: it is selected in the focused field.
      await button.click();
      await page.locator('[data-status]:text("placeholder")').waitFor();
      await page.keyboard.type("5 working days");
      expect(await input.inputValue()).toBe("We will process your refund within 5 working days.");
    });

    test("the Undo button takes back an applied rewrite, and Clear can be undone too", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      await input.fill(SENTENCE);
      await page.locator(`[data-findings] li[data-rule-id="${EXAMPLE!.ruleId}"]`).getByRole("button", { name: /^Apply/ }).first().click();
      expect(await input.inputValue()).toBe(EXAMPLE!.rewrite);
      const undo = page.getByRole("button", { name: "Undo", exact: true });
      await undo.click();
      await expect.poll(() => input.inputValue()).toBe(SENTENCE);
      await page.locator(`[data-findings] li[data-rule-id="${EXAMPLE!.ruleId}"]`).waitFor();

      await page.getByRole("button", { name: "Clear", exact: true }).click();
      expect(await input.inputValue()).toBe("");
      await page.keyboard.press("Control+Z");
      await expect.poll(() => input.inputValue()).toBe(SENTENCE);
    });

    test("“Apply all safe rewrites” applies the core's safe fixes only, as one undo step", async () => {
      const { page } = site.browser;
      const fixed = fixAll(MIXED);
      expect(fixed.fixed).toBeGreaterThan(1);
      expect(fixed.result.findings.some((f) => f.ruleId === "users-must")).toBe(true); // an unsafe one stays
      const input = await openPlayground(page, site.server.url, `#text=${encodeURIComponent(MIXED)}`);
      const applyAll = page.getByRole("button", { name: "Apply all safe rewrites" });
      // Keyboard first: the control is reachable and works with Enter.
      await applyAll.focus();
      await page.keyboard.press("Enter");
      await page.locator(`[data-status]:text("Applied ${fixed.fixed} safe rewrites")`).waitFor();
      expect(await input.inputValue()).toBe(fixed.output);
      expect(await page.locator("[data-findings] li").evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.ruleId))).toEqual(
        fixed.result.findings.map((f) => f.ruleId),
      );
      await page.getByRole("button", { name: "Undo", exact: true }).click();
      await expect.poll(() => input.inputValue()).toBe(MIXED);
      // Nothing safe left to apply: the text stays and the status says why.
      await input.fill("Users must log in.");
      await applyAll.click();
      await page.locator('[data-status]:text("No safe rewrites")').waitFor();
      expect(await input.inputValue()).toBe("Users must log in.");
    });

    test("clicking a finding jumps to its words, far down a long text, and selects them", async () => {
      const { page } = site.browser;
      const text = `${"Thanks for reading this page.\n\n".repeat(40)}Refunds are at our sole discretion.`;
      const target = lint(text).findings.find((f) => f.ruleId === "sole-discretion")!;
      const input = await openPlayground(page, site.server.url, `#text=${encodeURIComponent(text)}`);
      const show = page.locator('[data-findings] li[data-rule-id="sole-discretion"]').getByRole("button", { name: /Show in text/ });
      expect(await show.innerText()).toContain(target.excerpt);
      await show.click();
      expect(await selectedText(page)).toBe(target.excerpt);
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      // The field has scrolled so that the selected words, and their highlight, are in sight.
      const mark = page.locator("[data-highlights] mark.active");
      expect(await mark.innerText()).toBe(target.excerpt);
      const markBox = (await mark.boundingBox())!;
      const inputBox = (await input.boundingBox())!;
      expect(markBox.y).toBeGreaterThanOrEqual(inputBox.y);
      expect(markBox.y + markBox.height).toBeLessThanOrEqual(inputBox.y + inputBox.height);
      expect(markBox.y + markBox.height).toBeLessThanOrEqual(viewport.height);
    });

    test("the document type changes which rules run, and the permalink keeps it", async () => {
      const { page } = site.browser;
      const text = "How satisfied are you with our checkout?";
      expect(lint(text, { documentType: "survey" }).findings.map((f) => f.ruleId)).toEqual(["how-satisfied-are-you"]);
      expect(lint(text, { documentType: "policy" }).findings).toEqual([]);
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent(text)}`);
      const type = page.getByLabel("Document type");
      expect(await type.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(["", "policy", "spec", "survey", "support", "help", "release-notes"]);
      const rule = page.locator('[data-findings] li[data-rule-id="how-satisfied-are-you"]');
      await rule.waitFor();
      await type.selectOption("policy");
      await rule.waitFor({ state: "detached" });
      expect(await page.locator("[data-findings] li").count()).toBe(0);
      await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("type") === "policy");

      const permalink = page.url();
      await openPlayground(page, site.server.url, new URL(permalink).hash);
      expect(await page.getByLabel("Document type").inputValue()).toBe("policy");
      expect(await page.locator("[data-findings] li").count()).toBe(0);
      await page.getByLabel("Document type").selectOption("survey");
      await rule.waitFor();
    });

    test("a Markdown file opens from the file picker, and Ctrl+Z brings the old text back", async () => {
      const { page } = site.browser;
      const file = "# Refunds\n\nRefunds are at our sole discretion.\n";
      const input = await openPlayground(page, site.server.url);
      await input.fill("My draft.");
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open a file" }).click();
      await (await chooser).setFiles({ name: "refunds.md", mimeType: "text/markdown", buffer: Buffer.from(file) });
      await page.locator('[data-status]:text("Opened refunds.md")').waitFor();
      expect(await input.inputValue()).toBe(file);
      await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
      await input.focus();
      await page.keyboard.press("Control+Z");
      await expect.poll(() => input.inputValue()).toBe("My draft.");
    });

    test("a file dropped on the editor opens; a non-text or too-large file is refused with a clear message", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      await input.fill("Keep me.");
      const drop = async (name: string, type: string, bytes: number[] | string) => {
        const transfer = await page.evaluateHandle(
          ({ name, type, bytes }) => {
            const data = new DataTransfer();
            const content = typeof bytes === "string" ? bytes : new Uint8Array(bytes);
            data.items.add(new File([content], name, { type }));
            return data;
          },
          { name, type, bytes },
        );
        await page.locator(".editor").dispatchEvent("dragover", { dataTransfer: transfer });
        await page.locator(".editor").dispatchEvent("drop", { dataTransfer: transfer });
      };
      // A PNG's first bytes: binary, whatever its name says.
      await drop("notes.md", "image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      await page.locator('[data-status]:text("notes.md is not a text file")').waitFor();
      expect(await input.inputValue()).toBe("Keep me.");
      await drop("photo.png", "image/png", [0x89, 0x50]);
      await page.locator('[data-status]:text("photo.png is not a text file")').waitFor();
      await drop("huge.md", "text/markdown", "Users must log in.\n".repeat(40_000));
      await page.locator('[data-status]:text("huge.md is too large")').waitFor();
      expect(await input.inputValue()).toBe("Keep me.");
      await drop("terms.md", "text/markdown", "Users must log in.\r\n");
      await page.locator('[data-status]:text("Opened terms.md")').waitFor();
      expect(await input.inputValue()).toBe("Users must log in.\n");
      await page.locator('[data-findings] li[data-rule-id="users-must"]').waitFor();
    });

    test("the fixed text downloads under the opened file's name", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open a file" }).click();
      await (await chooser).setFiles({ name: "welcome.md", mimeType: "text/markdown", buffer: Buffer.from(MIXED) });
      await page.locator('[data-status]:text("Opened welcome.md")').waitFor();
      await page.getByRole("button", { name: "Apply all safe rewrites" }).click();
      expect(await input.inputValue()).toBe(fixAll(MIXED).output);
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download text" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe("welcome.md");
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString("utf8")).toBe(fixAll(MIXED).output);

      // Typed text, never opened from a file, gets a plain default name.
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent("Hello.")}`);
      const typed = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download text" }).click();
      expect((await typed).suggestedFilename()).toBe("draft.md");
    });

    test("every control has a visible label and the page does not scroll sideways", async () => {
      const { page } = site.browser;
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent(ONE_SIDED)}`);
      await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
      for (const name of ["Document type", "Open a file", "Undo", "Apply all safe rewrites", "Download text", "Copy permalink", "Clear"]) {
        const control = page.getByRole(name === "Document type" ? "combobox" : "button", { name, exact: true });
        expect(await control.isVisible(), name).toBe(true);
      }
      expect(await page.getByText("Document type", { exact: true }).isVisible()).toBe(true);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });

    test.each(["light", "dark"] as const)("axe finds nothing with a summary finding, a shown finding and a status message (%s theme)", async (theme) => {
      const { page } = site.browser;
      await page.emulateMedia({ colorScheme: theme });
      await openPlayground(page, site.server.url, `#text=${encodeURIComponent(ONE_SIDED)}&type=policy`);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      await page.locator('[data-document-findings] li[data-rule-id="perspective-score-threshold"]').waitFor();
      await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').getByRole("button", { name: /Show in text/ }).click();
      await page.getByRole("button", { name: "Apply all safe rewrites" }).click();
      await page.locator("[data-status]:not(:empty)").waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: null });
    });

    test("the permalink keeps the text in the URL fragment and restores it in a fresh browser", async () => {
      const { page } = site.browser;
      const text = "Users must create an account before they can check out.";
      const input = await openPlayground(page, site.server.url);
      await input.fill(text);
      await page.waitForFunction(() => location.hash.startsWith("#text="));
      const permalink = page.url();
      expect(new URL(permalink).searchParams.toString()).toBe(""); // the text is not in the query, which servers see

      // A new profile has no storage or history of this visit: only the link can carry the text.
      const fresh = await launchBrowser({ viewport: { width: viewport.width, height: viewport.height } });
      try {
        await openPlayground(fresh.page, site.server.url, new URL(permalink).hash);
        expect(await fresh.page.getByLabel("Your text").inputValue()).toBe(text);
        await fresh.page.locator('[data-findings] li[data-rule-id="users-must"]').waitFor();
      } finally {
        await fresh.close();
      }
    });

    test("following a permalink in the same tab replaces the text as one undoable step", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      await input.fill("My own draft.");
      await page.evaluate((text) => (location.hash = `text=${encodeURIComponent(text)}`), "Users must log in.");
      await page.locator('[data-findings] li[data-rule-id="users-must"]').waitFor();
      expect(await input.inputValue()).toBe("Users must log in.");
      await page.getByRole("button", { name: "Undo", exact: true }).click();
      await expect.poll(() => input.inputValue()).toBe("My own draft.");
    });

    test("a long document is still linted and highlighted once typing pauses", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      const long = `${SENTENCE}\n\n`.repeat(600); // ~20,000 characters: slow enough to defer linting
      // One input event lints all 20,000 characters at once: allow for a busy shared machine.
      await input.fill(long, { timeout: 120_000 });
      await input.press("End");
      await input.pressSequentially(" Done.");
      // Settled: every sentence finding of the whole text is listed and the backdrop holds exactly the text.
      const expected = lint(long + " Done.").findings.filter((f) => f.ruleId !== "perspective-score-threshold").length;
      await page.waitForFunction((n) => document.querySelectorAll("[data-findings] li").length === n, expected);
      const backdrop = await page.locator("[data-highlights]").evaluate((el) => el.textContent!.replace(/\u200b$/, ""));
      expect(backdrop).toBe(await input.inputValue());
      expect(await page.locator("[data-highlights] mark").count()).toBeGreaterThan(0);
    });

    test("nothing typed or opened leaves the browser", async () => {
      const { page } = site.browser;
      const input = await openPlayground(page, site.server.url);
      requests.length = 0;
      await input.fill("A secret draft: refunds at our sole discretion.");
      await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Open a file" }).click();
      await (await chooser).setFiles({ name: "secret-plan.md", mimeType: "text/markdown", buffer: Buffer.from("Secret: we may change prices at any time.") });
      await page.locator('[data-status]:text("Opened secret-plan.md")').waitFor();
      // Only the page's own static files may be fetched, and never with the text in the URL.
      expect(requests.filter((url) => !url.startsWith(site.server.url))).toEqual([]);
      expect(requests.filter((url) => /secret/i.test(decodeURIComponent(url)))).toEqual([]);
    });
  });
}
