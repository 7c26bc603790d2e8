// Ticking a checklist: progress survives a reload, counts, resets and copies as Markdown.
import { describe, expect, test } from "vitest";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();
const PATH = "/checklists/handling-a-complaint/";

describe.skipIf(skip)("checklist progress", () => {
  const site = useSite({ permissions: ["clipboard-read", "clipboard-write"] });

  const box = (id: string) => site.browser.page.locator(`input.checklist-box[data-item-id="${id}"]`);
  const done = () => site.browser.page.locator("[data-checklist-progress] [data-done]").innerText();

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

  test("another checklist keeps its own progress", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/checklists/reviewing-a-policy/`);
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done()).toBe("0");
    expect(await page.locator("input.checklist-box:checked").count()).toBe(0);
  });

  test("copy as Markdown gives a task list with the ticks", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}${PATH}`);
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
    await page.goto(`${site.server.url}${PATH}`);
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done()).toBe("2");
    await page.locator("[data-reset]").click();
    expect(await done()).toBe("0");
    expect(await page.locator("input.checklist-box:checked").count()).toBe(0);
    await page.reload();
    await page.locator("[data-checklist-progress]").waitFor({ state: "visible" });
    expect(await done()).toBe("0");
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
