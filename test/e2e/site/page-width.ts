// Shared by the tests of the reading pages: a page fits its viewport when nothing scrolls sideways.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { SiteSession } from "./site-harness.ts";

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** How far the page is wider than the viewport, in CSS pixels (0 when it fits). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** One test per screen size: each of `paths` fits the viewport without sideways scrolling. */
export function testFitsTheScreen(site: SiteSession, paths: readonly string[]): void {
  test.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const)("fits the screen without sideways scrolling (%s)", async (_name, size) => {
    const { page } = site.browser;
    await page.setViewportSize(size);
    for (const path of paths) {
      await page.goto(`${site.server.url}${path}`);
      expect(await sidewaysOverflow(page), path).toBe(0);
    }
  });
}
