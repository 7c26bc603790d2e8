// Ticking a checklist: progress survives a reload, counts, resets, copies as Markdown and stays
// in step across tabs. Each test starts from empty storage (a new browser context).
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { splitFrontMatter } from "../../../src/core/index.ts";
import { cannotRun, ROOT, useSite } from "./site-harness.ts";

const skip = cannotRun();
const PATH = "/checklists/handling-a-complaint/";

describe.skipIf(skip)("checklist progress", () => {
  const site = useSite({ permissions: ["clipboard-read", "clipboard-write"] });

  const box = (id: string, page = site.browser.page) => page.locator(`input.checklist-box[data-item-id="${id}"]`);
  const done = (page = site.browser.page) => page.locator("[data-checklist-progress] [data-done]").innerText();

  /** Opens a checklist and waits until the script has shown its progress panel. */
  async function open(page: Page, path = PATH) {
    await page.goto(`${site.server.url}${path}`);
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
  }

  test("a ticked item is still ticked after a reload, by its item id", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}${PATH}`);
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done()).toBe("0");
    // Click the item's text, which names the checkbox and toggles it.
    expect(await page.getByRole("checkbox", { name: /same working day/ }).count()).toBe(1);
    await page.locator("#item-same-day-reply").click({ position: { x: 5, y: 5 } });
    expect(await box("same-day-reply").isChecked()).toBe(true);
    await box("cause-logged").check();
    expect(await done()).toBe("2");

    await page.reload();
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await box("same-day-reply").isChecked()).toBe(true);
    expect(await box("cause-logged").isChecked()).toBe(true);
    expect(await box("no-excuses").isChecked()).toBe(false);
    expect(await done()).toBe("2");
    const saved = await page.evaluate(() => localStorage.getItem("outside-in:checklist:handling-a-complaint"));
    expect(JSON.parse(saved!).sort()).toEqual(["cause-logged", "same-day-reply"]);
  });

  test("a checkbox is named by its item alone; each principle link by the principle's title", async () => {
    const { page } = site.browser;
    await open(page);
    const boxes = page.getByRole("checkbox");
    expect(await boxes.count()).toBe(11);
    expect(await page.getByRole("checkbox", { name: /principle/i }).count()).toBe(0);
    expect(await page.getByRole("checkbox", { name: "You reply the same working day, even if only to say who owns the problem and when the next update comes." }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Principle", exact: true }).count()).toBe(0);
    const links = await page.locator('li.checklist-item a[href^="/principles/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href")!, name: a.textContent!.trim() })));
    expect(links).toHaveLength(11);
    for (const { href, name } of links) {
      const file = join(ROOT, "content", `${href.replace(/^\/|\/$/g, "")}.md`);
      expect(name, href).toBe(splitFrontMatter(readFileSync(file, "utf8")).data.title);
    }
    expect(new Set(links.map((l) => l.name)).size).toBeGreaterThan(1);
  });

  test("another checklist keeps its own progress", async () => {
    const { page } = site.browser;
    await open(page);
    await box("cause-logged").check();
    await open(page, "/checklists/reviewing-a-policy/");
    expect(await done()).toBe("0");
    expect(await page.locator("input.checklist-box:checked").count()).toBe(0);
  });

  test("copy as Markdown gives a task list with the ticks", async () => {
    const { page } = site.browser;
    await open(page);
    await box("same-day-reply").check();
    await page.locator("[data-copy]").click();
    await page.locator('[data-status]:text("Copied")').waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# Handling a complaint\n/);
    expect(markdown).toContain("## The first reply");
    expect(markdown).toMatch(/^- \[x\] You reply the same working day/m);
    expect(markdown).toMatch(/^- \[ \] The reply avoids/m);
    expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(11);
  });

  test("reset clears the ticks and the saved progress", async () => {
    const { page } = site.browser;
    await open(page);
    await box("same-day-reply").check();
    await box("cause-logged").check();
    expect(await done()).toBe("2");
    await page.locator("[data-reset]").click();
    expect(await done()).toBe("0");
    expect(await page.locator("input.checklist-box:checked").count()).toBe(0);
    await page.reload();
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done()).toBe("0");
    expect(await page.evaluate(() => localStorage.getItem("outside-in:checklist:handling-a-complaint"))).toBeNull();
  });

  test("two tabs on one checklist keep each other's ticks and update live", async () => {
    const first = site.browser.page;
    const second = await site.browser.context.newPage();
    await open(first);
    await open(second);
    // A tick in one tab appears in the other without a reload (the storage event).
    await box("same-day-reply", first).check();
    await expect.poll(() => box("same-day-reply", second).isChecked()).toBe(true);
    await expect.poll(() => done(second)).toBe("1");
    // A tick in the second tab adds to the first tab's tick instead of replacing it.
    await box("cause-logged", second).check();
    await expect.poll(() => box("cause-logged", first).isChecked()).toBe(true);
    const saved = await first.evaluate(() => localStorage.getItem("outside-in:checklist:handling-a-complaint"));
    expect(JSON.parse(saved!).sort()).toEqual(["cause-logged", "same-day-reply"]);
    // Unticking and resetting travel too.
    await box("same-day-reply", second).uncheck();
    await expect.poll(() => box("same-day-reply", first).isChecked()).toBe(false);
    expect(await box("cause-logged", first).isChecked()).toBe(true);
    await first.locator("[data-reset]").click();
    await expect.poll(() => done(second)).toBe("0");
    await second.reload();
    await second.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done(second)).toBe("0");
  });

  test("printing hides the buttons and keeps every item", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}${PATH}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("[data-reset]").isVisible()).toBe(false);
    expect(await page.locator("nav.sidebar").isVisible()).toBe(false);
    expect(await page.locator("li.checklist-item:visible").count()).toBe(11);
    await page.emulateMedia({ media: "screen" });
  });
});
