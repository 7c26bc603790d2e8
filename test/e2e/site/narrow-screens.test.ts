// Every built page fits a phone: at 390 px nothing makes the page scroll sideways.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, test } from "vitest";
import { cannotRun, DIST, useSite } from "./site-harness.ts";

const skip = cannotRun();

/** The URL path of every page in site/dist (each folder's index.html, and the 404 page). */
function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_astro" || entry.name === "pagefind" ? [] : builtPages(path);
    if (entry.name === "index.html") return [`/${relative(DIST, dir).split(sep).join("/")}/`.replace(/^\/+/, "/")];
    return entry.name === "404.html" && dir === DIST ? ["/404.html"] : [];
  });
}

describe.skipIf(skip)("narrow screens (390x844)", () => {
  const site = useSite({ viewport: { width: 390, height: 844 } });

  test("no built page is wider than the screen", async () => {
    const pages = builtPages();
    // The rule and principle pages are the ones with long snippets; make sure they are in the list.
    expect(pages).toContain("/rules/are-required-to/");
    expect(pages.length).toBeGreaterThan(50);
    const { page } = site.browser;
    const tooWide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        if (root.scrollWidth <= root.clientWidth) return undefined;
        // Name the widest elements that stick out, so a failure says what to fix.
        const culprits = Array.from(document.body.querySelectorAll("*"))
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""}`)
          .slice(-3);
        return `${root.scrollWidth} px wide (${culprits.join(", ")})`;
      });
      if (overflow) tooWide.push(`${path}: ${overflow}`);
    }
    expect(tooWide).toEqual([]);
  });
});
