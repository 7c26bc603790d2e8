// Internal links are checked twice at build time: links between content files when the Markdown is
// rendered, and every href in the built HTML afterwards.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findBrokenLinks } from "../../site/integrations/check-links.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("renderMarkdown links", () => {
  let renderMarkdown: typeof import("../../site/src/lib/markdown.ts").renderMarkdown;
  beforeAll(async () => {
    // astro.config.mjs defines this for the site build.
    (globalThis as { __REPO_ROOT__?: string }).__REPO_ROOT__ = root;
    ({ renderMarkdown } = await import("../../site/src/lib/markdown.ts"));
  });

  test("a link to another content file becomes its page's URL, fragment kept", () => {
    const { html } = renderMarkdown("See [easy](make-it-easy.md#how-to-apply-it) and [home](../index.md).", { file: "content/principles/transparency.md" });
    expect(html).toContain('href="/principles/make-it-easy/#how-to-apply-it"');
    expect(html).toContain('href="/"');
  });

  test("a link to a rule in the rulebook goes to /rules/<id>/", () => {
    const { html } = renderMarkdown("[rule](../rules/sole-discretion.md)", { file: "content/principles/transparency.md" });
    expect(html).toContain('href="/rules/sole-discretion/"');
  });

  test("a link to a missing file fails with the file and line", () => {
    expect(() => renderMarkdown("Intro.\n\nSee [this](no-such-principle.md).", { file: "content/principles/transparency.md" })).toThrow(
      /content\/principles\/transparency\.md:3: link "no-such-principle\.md" points at content\/principles\/no-such-principle\.md, which does not exist/,
    );
  });

  test("headings get the ids Starlight's table of contents links to", () => {
    const { headings, html } = renderMarkdown("## Do and don't\n\n## Do and don't", { file: "content/principles/x.md" });
    expect(headings.map((h) => h.slug)).toEqual(["do-and-dont", "do-and-dont-1"]);
    expect(html).toContain('<h2 id="do-and-dont">');
  });
});

describe("findBrokenLinks (built HTML)", () => {
  let dist: string;
  const page = (path: string, html: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), html);
  };
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "outside-in-links-"));
    page("index.html", '<a href="/rules/x/">x</a> <a href="/rules/x/#why">why</a> <a href="https://example.com/">ext</a> <img src="/logo.svg">');
    page("rules/x/index.html", '<h2 id="why">Why</h2><a href="../../">home</a><a href="#_top">top</a>');
    page("logo.svg", "<svg/>");
    page("broken/index.html", '<a href="/rules/y/">y</a> <a href="/rules/x/#nope">nope</a> <script src="/missing.js"></script>');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test("reports each link to a page, file or anchor the build did not produce", () => {
    expect(findBrokenLinks(dist).sort()).toEqual([
      "/broken/: link to /missing.js has no page",
      "/broken/: link to /rules/x/#nope points at a missing anchor",
      "/broken/: link to /rules/y/ has no page",
    ]);
  });
});
