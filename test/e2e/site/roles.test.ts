// /for/<role>/: the principles and checklists tagged for each role, and the index of roles.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ROLES, splitFrontMatter } from "../../../src/core/content/index.ts";
import { DOCUMENT_TYPES } from "../../../src/core/index.ts";
import { allChecklistFiles, allPrincipleFiles } from "./playbook-content.ts";
import { testFitsTheScreen } from "./page-width.ts";
import { cannotRun, useSite } from "./site-harness.ts";

const skip = cannotRun();

const TYPES = DOCUMENT_TYPES.filter((t) => t !== "any");

// Titles of the pages whose front matter lists `value` under `field` (roles or documentTypes).
function titlesFor(files: string[], value: string, field = "roles"): string[] {
  return files
    .map((file) => splitFrontMatter(readFileSync(file, "utf8")).data)
    .filter((data) => Array.isArray(data[field]) && (data[field] as unknown[]).includes(value))
    .map((data) => String(data.title));
}

describe.skipIf(skip)("the playbook by role", () => {
  const site = useSite();

  test.each([...ROLES])("/for/%s/ lists exactly the principles and checklists tagged for it", async (role) => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/for/${role}/`);
    expect((await page.locator("[data-tagged-principles] a").allInnerTexts()).sort()).toEqual(titlesFor(allPrincipleFiles(), role).sort());
    expect((await page.locator("[data-tagged-checklists] a").allInnerTexts()).sort()).toEqual(titlesFor(allChecklistFiles(), role).sort());
  });

  test.each([...TYPES])("/documents/%s/ lists exactly the principles and checklists tagged for that document type", async (type) => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/documents/${type}/`);
    const principles = titlesFor(allPrincipleFiles(), type, "documentTypes").sort();
    const checklists = titlesFor(allChecklistFiles(), type, "documentTypes").sort();
    expect(principles.length + checklists.length, `nothing is tagged ${type}`).toBeGreaterThan(0);
    expect((await page.locator("[data-tagged-principles] a").allInnerTexts()).sort()).toEqual(principles);
    expect((await page.locator("[data-tagged-checklists] a").allInnerTexts()).sort()).toEqual(checklists);
  });

  test("the index links to every document type's page", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/for/`);
    const links = await page.locator("[data-document-types] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(TYPES.map((type) => `/documents/${type}/`));
  });

  test("the roles index links to every role, and the sidebar links to the index", async () => {
    const { page } = site.browser;
    await page.goto(`${site.server.url}/for/`);
    const links = await page.locator("[data-roles] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(ROLES.map((role) => `/for/${role}/`));
    expect(await page.locator('nav[aria-label="Main"] a[href="/for/"]').count()).toBe(1);
  });

  testFitsTheScreen(site, ["/for/", "/for/product-manager/"]);
});
