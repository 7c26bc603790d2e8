// Fails the build when a page links to a path (or an #anchor on one of our pages) that the build
// did not produce. Runs on the final HTML, so it covers content links and our components alike.
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

// Page path for a dist file: dist/rules/x/index.html → /rules/x/
function pagePathOf(dist, file) {
  const rel = relative(dist, file).split(sep).join("/");
  return "/" + rel.replace(/(^|\/)index\.html$/, "$1");
}

/** Which built file serves a URL path, if any. */
function fileFor(dist, path) {
  const target = join(dist, decodeURIComponent(path));
  if (path.endsWith("/")) return existsSync(join(target, "index.html")) ? join(target, "index.html") : undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  return undefined;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Returns one message per broken internal link in the built site. */
export function findBrokenLinks(dist) {
  const files = htmlFiles(dist);
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, "utf8").matchAll(ID)].map((m) => m[1])));
    return ids.get(file);
  };
  const problems = [];
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const base = new URL(pagePathOf(dist, file), "http://site.invalid");
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const href = raw.replace(/&amp;/g, "&");
      if (href === "" || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external or scheme
      const url = new URL(href, base);
      const target = url.pathname === base.pathname && href.startsWith("#") ? file : fileFor(dist, url.pathname);
      if (!target) {
        problems.push(`${pagePathOf(dist, file)}: link to ${href} has no page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && fragment !== "_top" && target.endsWith(".html") && !url.search && !idsOf(target).has(fragment) && !fragment.includes("=")) {
        problems.push(`${pagePathOf(dist, file)}: link to ${href} points at a missing anchor`);
      }
    }
  }
  return problems;
}

export function checkLinks() {
  return {
    name: "outside-in:check-links",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const problems = findBrokenLinks(dist);
        if (problems.length > 0) throw new Error(`Broken internal links:\n  ${problems.join("\n  ")}`);
        logger.info(`internal links: all resolve (${htmlFiles(dist).length} pages)`);
      },
    },
  };
}
