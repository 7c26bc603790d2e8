// Site benchmark (not a CI gate): Lighthouse's four categories and the page weight of key pages,
// measured on the built site served locally, as a phone (Lighthouse's default mobile emulation and
// simulated slow 4G) and as a desktop. Writes docs/benchmarks-site.md.
//   npm run build && npm run bench:site        (BENCH_FORM_FACTORS=mobile for one, BENCH_RUNS=1 for speed)
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDirectory } from "./serve-site.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "site", "dist");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PAGES = [
  ["Home", "/"],
  ["Principle", "/principles/make-it-easy/"],
  ["Checklist", "/checklists/handling-a-complaint/"],
  ["Rule", "/rules/sole-discretion/"],
  ["Rule index", "/rules/"],
  ["Playground", "/playground/"],
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FORM_FACTORS = (process.env.BENCH_FORM_FACTORS ?? "mobile,desktop").split(",").map((f) => f.trim());
// Mobile is Lighthouse's default: a 412 px phone, 4x slower CPU and simulated slow 4G. Desktop runs
// unthrottled on this machine, as before.
const FORM_FACTOR_FLAGS = {
  mobile: ["--form-factor=mobile"],
  desktop: ["--form-factor=desktop", "--screenEmulation.disabled", "--throttling-method=provided"],
};
const FORM_FACTOR_NOTES = {
  mobile: "mobile: Lighthouse's emulated phone, 4x CPU slowdown, simulated slow 4G",
  desktop: "desktop: no throttling",
};
for (const f of FORM_FACTORS) if (!FORM_FACTOR_FLAGS[f]) throw new Error(`BENCH_FORM_FACTORS: unknown form factor ${f} (mobile, desktop)`);

if (!existsSync(join(dist, "index.html"))) throw new Error("No site/dist: run npm run build first");
if (!existsSync(CHROME)) throw new Error(`${CHROME} is missing; set CHROME_PATH`);

function dirSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveDirectory(dist, { port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const work = mkdtempSync(join(tmpdir(), "outside-in-bench-"));
const rows = [];
try {
  for (const formFactor of FORM_FACTORS) for (const [name, path] of PAGES) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    let weight;
    for (let run = 0; run < RUNS; run++) {
      const out = join(work, `lh-${run}.json`);
      // Asynchronous, so this process's server keeps answering while Lighthouse loads the page.
      await promisify(execFile)(
        "npx",
        [
          "lighthouse", base + path, "--quiet", "--output=json", `--output-path=${out}`,
          `--only-categories=${CATEGORIES.join(",")}`, ...FORM_FACTOR_FLAGS[formFactor],
          // chrome-launcher picks a fresh profile itself; a --user-data-dir of ours makes Chromium exit.
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic",
        ],
        { cwd: root, env: { ...process.env, CHROME_PATH: CHROME }, encoding: "utf8", timeout: 180_000 },
      );
      const report = JSON.parse(readFileSync(out, "utf8"));
      for (const c of CATEGORIES) scores[c].push(Math.round(report.categories[c].score * 100));
      const items = report.audits["network-requests"].details.items;
      weight ??= {
        requests: items.length,
        transfer: items.reduce((s, i) => s + (i.transferSize ?? 0), 0),
        js: items.filter((i) => i.resourceType === "Script").reduce((s, i) => s + (i.resourceSize ?? 0), 0),
      };
    }
    const row = { formFactor, name, path, ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])), all: scores, ...weight };
    rows.push(row);
    console.log(`${formFactor.padEnd(8)} ${name.padEnd(11)} ${CATEGORIES.map((c) => `${c} ${row[c]}`).join("  ")}  ${kb(row.transfer)} in ${row.requests} requests`);
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const version = execFileSync("npx", ["lighthouse", "--version"], { cwd: root, encoding: "utf8" }).trim();
const chromium = execFileSync(CHROME, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const pagefind = dirSize(join(dist, "pagefind"));
const below = rows.flatMap((r) => CATEGORIES.filter((c) => r[c] < 95).map((c) => `${r.formFactor} ${r.name} ${c} ${r[c]}`));
const table = (formFactor) => `## ${formFactor === "mobile" ? "Mobile" : "Desktop"}

| page | performance | accessibility | best practices | SEO | transferred | requests | JavaScript |
|---|---|---|---|---|---|---|---|
${rows.filter((r) => r.formFactor === formFactor).map((r) => `| ${r.name} (\`${r.path}\`) | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${kb(r.transfer)} | ${r.requests} | ${kb(r.js)} |`).join("\n")}
`;
const md = `# Site benchmark

Lighthouse ${version} (${FORM_FACTORS.map((f) => FORM_FACTOR_NOTES[f]).join("; ")}; median of ${RUNS} runs) on ${chromium}, against the built
site served from 127.0.0.1 by \`scripts/serve-site.mjs\`. ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB.
Generated by \`npm run bench:site\` on ${new Date().toISOString().slice(0, 10)}. Not a CI gate; the target is >= 95 in every category.

${FORM_FACTORS.map(table).join("\n")}
${below.length ? `Below 95: ${below.join("; ")}.` : "Every page scores 95 or more in all four categories."}

Page weight is what the first visit transfers (no cache), compressed with brotli as the local server sends it.
JavaScript is the scripts' decoded size. Pagefind's index (${kb(pagefind)} for the whole site)
loads only when someone opens search. The playground's linter core and rulebook load only once someone
reaches for its text field (or opens a permalink with text), so they are not in its first load.
Whole site on disk: ${kb(dirSize(dist))}.

Every run, by category (performance, accessibility, best practices, SEO):

${rows.map((r) => `- ${r.formFactor} ${r.name}: ${CATEGORIES.map((c) => r.all[c].join("/")).join(", ")}`).join("\n")}
`;
writeFileSync(join(root, "docs", "benchmarks-site.md"), md);
console.log("wrote docs/benchmarks-site.md");
