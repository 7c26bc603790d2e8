// Measures the linter's quality and writes docs/quality.md:
//  1. the labelled dev set scored for Outside-In, the naive baseline, write-good and alex (one run);
//  2. findings per 1,000 words on the public corpora.
// Needs ../shared (the eval set and corpora), so it is a measurement script, not a test.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { lint } from "../../src/core/index.ts";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = join(root, "../shared");
if (!existsSync(join(shared, "eval/score.mjs"))) {
  console.error("scripts/quality/measure.mjs needs ../shared (eval set and corpora) beside the repository.");
  process.exit(2);
}

function score(extra, corpus = join(shared, "eval/dev.jsonl")) {
  const run = spawnSync(process.execPath, [join(shared, "eval/score.mjs"), corpus, "--repo", root, ...extra], { encoding: "utf8" });
  const line = run.stdout.trim().split("\n").at(-1);
  const fields = Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
  return { line, ...fields };
}

const anchor = (tool) => `"${process.execPath}" "${join(root, "scripts/quality/anchor-cli.mjs")}" ${tool}`;
const rows = [
  ["Outside-In", score([])],
  ["naive keyword baseline (`--baseline`)", score(["--baseline"])],
  ["write-good 1.0.8", score(["--cli", anchor("write-good")])],
  ["alex 11.0.1", score(["--cli", anchor("alex")])],
];
// Our own 80 sentences from kinds of documents the dev set lacks (airline, bank, shop, SaaS).
const holdout = score([], join(root, "scripts/quality/holdout.jsonl"));

function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

function perThousandWords(folder) {
  let words = 0;
  let findings = 0;
  let errors = 0;
  const files = markdownFiles(join(shared, "corpora", folder));
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const s of splitSentences(buildProseView(text))) words += s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const result = lint(text);
    findings += result.findings.length;
    errors += result.findings.filter((f) => f.severity === "error").length;
  }
  return { folder, files: files.length, words, findings, errors, rate: words ? (1000 * findings) / words : 0 };
}

const corpora = [
  ["18F__content-guide", "good customer-facing writing (a government content guide)"],
  ["18F__product-guide", "a product management guide"],
  ["formbricks__design", "survey templates and research notes"],
  ["opengovfoundation__site-policy", "policy: terms and privacy"],
  ["onetimesecret__site-policy", "policy: terms and privacy"],
  ["Automattic__legalmattic", "policy: terms, privacy, DMCA templates"],
  ["mattermost__mattermost-handbook", "a company handbook"],
].map(([folder, what]) => ({ ...perThousandWords(folder), what }));

const fmt = (x) => (x === undefined ? "n/a" : x.toFixed(3));
const lines = [
  "# Quality figures",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run quality\` (scripts/quality/measure.mjs), all in one run.`,
  "",
  "## The labelled dev set",
  "",
  "`../shared/eval/dev.jsonl`: 263 labelled sentences from public policies, terms, handbooks and surveys, scored by",
  "`../shared/eval/score.mjs` (ambiguous items left out). A sentence counts as flagged when its file has any finding;",
  "suggestion coverage is the share of true findings that carry a rewrite. write-good and alex run through",
  "`scripts/quality/anchor-cli.mjs`, which turns their output into the same JSON. The rules were tuned on this",
  "set, so Outside-In's figures here overstate what to expect on new documents; the hold-out below was not used.",
  "",
  "| linter | precision | recall | F1 | suggestion coverage |",
  "|---|---|---|---|---|",
  ...rows.map(([name, r]) => `| ${name} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${fmt(r.suggestion_coverage)} |`),
  "",
  "On `scripts/quality/holdout.jsonl`, 80 sentences we wrote in the styles of airline, bank, shop and SaaS",
  "documents (not used to tune rules; 8 marked ambiguous):",
  "",
  "| linter | precision | recall | F1 | suggestion coverage |",
  "|---|---|---|---|---|",
  `| Outside-In | ${fmt(holdout.precision)} | ${fmt(holdout.recall)} | ${fmt(holdout.f1)} | ${fmt(holdout.suggestion_coverage)} |`,
  "",
  "write-good and alex look for other things (weak wording, insensitive wording), so this shows how little",
  "general style linters catch of company-perspective writing, not that they are bad at their own job.",
  "",
  "## Findings per 1,000 words on public documents",
  "",
  "The corpora in `../shared/corpora` (sources and licences in its README). Words are counted in the prose the",
  "linter reads (code, URLs and front matter excluded).",
  "",
  "| corpus | what it is | files | words | findings | errors | findings per 1,000 words |",
  "|---|---|---|---|---|---|---|",
  ...corpora.map((c) => `| ${c.folder} | ${c.what} | ${c.files} | ${c.words} | ${c.findings} | ${c.errors} | ${c.rate.toFixed(1)} |`),
  "",
];
writeFileSync(join(root, "docs/quality.md"), lines.join("\n"));
console.log(lines.join("\n"));
