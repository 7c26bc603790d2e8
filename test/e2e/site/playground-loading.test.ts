// The playground paints without the linter and loads it once someone reaches for the text field,
// or at once when a permalink brings text; nothing typed in the meantime is lost.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { lint } from "../../../src/core/index.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

describe.skipIf(skip)("playground loading", () => {
  const site = useSite();

  /** The decoded size of every script the page has fetched so far, by path. */
  const scripts = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((e) => new URL(e.name).pathname.endsWith(".js"))
          .map((e) => [new URL(e.name).pathname, e.decodedBodySize]),
      ),
    );
  const kilobytes = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0) / 1024;

  test("the linter's script is fetched only after the field is reached for", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/playground/`, { waitUntil: "networkidle" });
    const before = await scripts(page);
    expect(await page.locator("[data-playground]").getAttribute("data-ready")).toBeNull();
    await page.getByLabel("Your text").focus();
    await page.locator('[data-playground][data-ready="true"]').waitFor();
    const after = await scripts(page);
    const added = Object.fromEntries(Object.entries(after).filter(([path]) => !(path in before)));
    // The core and its rulebook are most of a megabyte; the first load carries only the page's own scripts.
    expect(kilobytes(before)).toBeLessThan(250);
    expect(kilobytes(added)).toBeGreaterThan(400);
  });

  test("text typed before the linter is ready is kept and checked", async () => {
    const { page } = site.browser;
    const text = "We may suspend accounts at our sole discretion.";
    await page.goto(`${site.server.url}/playground/`);
    // No wait for readiness: the first keystrokes race the linter's download.
    await page.getByLabel("Your text").pressSequentially(text);
    await page.locator('[data-playground][data-ready="true"]').waitFor();
    await page.locator('[data-findings] li[data-rule-id="sole-discretion"]').waitFor();
    expect(await page.getByLabel("Your text").inputValue()).toBe(text);
    expect(await page.locator("[data-findings] li").count()).toBe(lint(text).findings.length);
  });

  test("a permalink is checked without any interaction", async () => {
    const { page } = site.browser;
    const text = "Users must create an account before they can check out.";
    await page.goto(`${site.server.url}/playground/#text=${encodeURIComponent(text)}`);
    await page.locator('[data-findings] li[data-rule-id="users-must"]').waitFor();
    expect(await page.getByLabel("Your text").inputValue()).toBe(text);
  });
});
