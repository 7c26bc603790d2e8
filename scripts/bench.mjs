// `npm run bench`: times `outside-in lint` against alex and write-good (and the bare
// mdast-util-from-markdown parse as the floor) on the same files in one run, then writes the table
// of ratios to docs/benchmarks.md. Also checks the cache speed-up, a cold start on one small file,
// a 50 MB file and a 10,000-file tree, and that one file's lint time grows linearly with its size.
// usage: node scripts/bench.mjs [--scale N] [--runs N] [--anchor-timeout S] [--huge-timeout S] [--no-write]
//        node scripts/bench.mjs --linearity-only [--runs N]   (just the 1-8 MB rows; writes nothing)
import { execFileSync, spawnSync } from "node:child_process";
import { build } from "esbuild";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpora = join(root, "../shared/corpora");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const scale = option("--scale", 100);
const runs = option("--runs", 3);
const node = process.execPath;
const bin = (name) => join(root, "node_modules", name);
const CLI = join(root, "bin/outside-in");
const ALEX = bin("alex/cli.js");
const WRITE_GOOD = bin("write-good/bin/write-good.js");
const FLOOR = join(root, "scripts/bench/parse-floor.mjs");

const work = mkdtempSync(join(tmpdir(), "oi-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

// The engine before the judgement work (a commit in this repository's history), bundled from its
// own sources so both engines are timed in the same run. Override with --before <git ref>.
const BEFORE_REF = args.includes("--before") ? args[args.indexOf("--before") + 1] : "46f0d1f";
async function buildBefore(ref) {
  const dir = join(work, "before");
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["archive", "--format=tar", ref, "src", "package.json"], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  await build({
    entryPoints: [join(dir, "src/cli/main.ts")], outfile: join(dir, "cli.mjs"), bundle: true, platform: "node", format: "esm",
    target: "node20", nodePaths: [join(root, "node_modules")], logLevel: "error",
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeFileSync(join(dir, "run.mjs"), 'import { main } from "./cli.mjs";\nprocess.exitCode = await main(process.argv.slice(2));\n');
  return join(dir, "run.mjs");
}
const BEFORE = await buildBefore(BEFORE_REF);
const linearityOnly = args.includes("--linearity-only");

function markdownFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...markdownFiles(path));
    else if (/\.(md|mdx|txt)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Copies files into a fresh folder (no configs, no ignore files) so every tool sees the same set. */
function stage(name, groups) {
  const dir = join(work, name);
  for (const { from, copies = 1 } of groups) {
    for (let n = 0; n < copies; n++) {
      for (const file of markdownFiles(from)) {
        const target = join(dir, copies > 1 ? `copy-${String(n).padStart(3, "0")}` : "", relative(dirname(from), file));
        mkdirSync(dirname(target), { recursive: true });
        cpSync(file, target);
      }
    }
  }
  const files = markdownFiles(dir);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const list = join(work, `${name}.list`);
  writeFileSync(list, files.join("\n"));
  return { name, dir, files, bytes, list };
}

/** Wall-clock seconds of a command (median of `times` runs); records the exit code of the last run. */
function time(command, commandArgs, { cwd = work, times = runs, env = {}, timeout } = {}) {
  const samples = [];
  let status;
  let stderr = "";
  let timedOut = false;
  for (let i = 0; i < times; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(command, commandArgs, { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30, timeout });
    samples.push(Number(process.hrtime.bigint() - started) / 1e9);
    status = run.status;
    stderr = String(run.stderr ?? "");
    timedOut = run.signal === "SIGTERM";
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)], status, stderr, timedOut };
}

/** write-good takes files, not folders: run it in chunks, as xargs would. */
function timeWriteGood(corpus, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    let total = 0;
    for (let at = 0; at < corpus.files.length; at += 500) {
      total += time(node, [WRITE_GOOD, ...corpus.files.slice(at, at + 500)], { times: 1 }).seconds;
    }
    samples.push(total);
  }
  samples.sort((a, b) => a - b);
  return { seconds: samples[Math.floor(samples.length / 2)] };
}

const ANCHOR_TIMEOUT = option("--anchor-timeout", 300);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const s = (seconds) => `${seconds.toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
/** A time, or a lower bound when the run hit its cap. */
const capped = (run) => (run.timedOut ? `> ${s(run.seconds)} (stopped)` : s(run.seconds));
const cappedRatio = (run, ours) => `${run.timedOut ? "> " : ""}${ratio(run.seconds, ours.seconds)}`;

console.log(`bench: staging corpora in ${work} (scale ${scale}, ${runs} runs each)`);
const policies = [
  { from: join(corpora, "Automattic__legalmattic") },
  { from: join(corpora, "opengovfoundation__site-policy") },
  { from: join(corpora, "onetimesecret__site-policy") },
];
const sets = [
  stage("handbook", [{ from: join(corpora, "mattermost__mattermost-handbook") }]),
  stage("policies", policies),
  stage(`generated-${scale}x`, policies.map((p) => ({ ...p, copies: scale }))),
];

// One file of every shared corpus joined (handbooks, policies, guides) and repeated, at 1, 2, 4
// and 8 MB: the cost per MB should stay flat as the file grows.
function timeLinearity() {
  const dir = join(work, "linearity");
  mkdirSync(dir, { recursive: true });
  const everyCorpus = readdirSync(corpora).sort().filter((name) => statSync(join(corpora, name)).isDirectory()).map((name) => ({ from: join(corpora, name) }));
  const policyText = stage("corpus-text", everyCorpus).files.map((f) => readFileSync(f, "utf8")).join("\n\n");
  const out = [];
  for (const size of [1, 2, 4, 8]) {
    let text = "";
    while (text.length < size * 1024 * 1024) text += `${policyText}\n\n`;
    const file = join(dir, `policies-${size}mb.md`);
    writeFileSync(file, text.slice(0, size * 1024 * 1024));
    const run = time(node, [CLI, "lint", "-f", "json", file], { times: runs });
    const runBefore = time(node, [BEFORE, "lint", "-f", "json", file], { times: runs });
    out.push({ size, ours: run, before: runBefore });
    console.log(`  ${size} MB: outside-in ${s(run.seconds)} (${s(run.seconds / size)} per MB), before ${s(runBefore.seconds)} (${s(runBefore.seconds / size)} per MB)`);
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}
const perMb = (row, key) => row[key].seconds / row.size;
/** Highest cost per MB over the lowest, across the sizes. */
const spread = (linear, key) => Math.max(...linear.map((r) => perMb(r, key))) / Math.min(...linear.map((r) => perMb(r, key)));
const linearityTable = (linear) => [
  `| one file of the corpora joined | outside-in | per MB | engine at ${BEFORE_REF} | per MB |`,
  "|---:|---:|---:|---:|---:|",
  ...linear.map((r) => `| ${r.size} MB | ${s(r.ours.seconds)} | ${s(perMb(r, "ours"))} | ${s(r.before.seconds)} | ${s(perMb(r, "before"))} |`),
].join("\n");
if (linearityOnly) {
  console.log("bench: linearity, one file of the corpora joined");
  const linear = timeLinearity();
  console.log(`\n${linearityTable(linear)}\n\ncost per MB, highest over lowest: outside-in ${ratio(spread(linear, "ours"), 1)}, before ${ratio(spread(linear, "before"), 1)} (goal: ≤ 1.5×)`);
  process.exit(0);
}

const rows = [];
for (const corpus of sets) {
  const many = corpus.files.length > 1000;
  const times = many ? 1 : runs;
  console.log(`bench: ${corpus.name}: ${corpus.files.length} files, ${mb(corpus.bytes)} MB`);
  const ours = time(node, [CLI, "lint", "-f", "json", corpus.dir], { times });
  const before = time(node, [BEFORE, "lint", "-f", "json", corpus.dir], { times });
  const floor = time(node, [FLOOR, corpus.list], { times });
  // alex needs minutes on the large corpus: cap it and report a lower bound.
  const alex = time(node, [ALEX, corpus.dir], { times, timeout: ANCHOR_TIMEOUT * 1000 });
  const writeGood = timeWriteGood(corpus, times);
  const cacheDir = join(work, `${corpus.name}.cache`);
  const cold = time(node, [CLI, "lint", "-f", "json", "--cache", "--cache-location", cacheDir, corpus.dir], { times: 1 });
  const warm = time(node, [CLI, "lint", "-f", "json", "--cache", "--cache-location", cacheDir, corpus.dir], { times });
  rmSync(cacheDir, { recursive: true, force: true });
  const row = { corpus, ours, before, floor, alex, writeGood, cold, warm };
  rows.push(row);
  console.log(`  outside-in ${s(ours.seconds)} (exit ${ours.status}), before ${s(before.seconds)}, floor ${s(floor.seconds)}, alex ${capped(alex)}, write-good ${s(writeGood.seconds)}, cached ${s(warm.seconds)}`);
}

// One small file from a cold start: a fresh process each time.
const small = join(work, "small");
mkdirSync(small);
writeFileSync(join(small, "notice.md"), "# Notice\n\nWe may suspend accounts at our sole discretion.\nYou can cancel at any time.\n");
const coldStart = time(node, [CLI, "lint", join(small, "notice.md")], { times: Math.max(5, runs) });
const coldStartBefore = time(node, [BEFORE, "lint", join(small, "notice.md")], { times: Math.max(5, runs) });
console.log(`bench: one small file, cold start: ${s(coldStart.seconds)} (before: ${s(coldStartBefore.seconds)})`);

// A 50 MB file: skipped with a message by default, linted when the limit is raised.
const huge = join(work, "huge");
mkdirSync(huge);
const handbookText = sets[0].files.map((f) => readFileSync(f, "utf8")).join("\n\n");
let hugeText = "";
while (hugeText.length < 50 * 1024 * 1024) hugeText += handbookText;
writeFileSync(join(huge, "huge.md"), hugeText.slice(0, 50 * 1024 * 1024));
const hugeSkipped = time(node, [CLI, "lint", "-f", "json", join(huge, "huge.md")], { times: 1 });
const HUGE_TIMEOUT = option("--huge-timeout", 120);
const hugeLinted = time(node, [CLI, "lint", "-f", "json", "--max-file-size", "64", join(huge, "huge.md")], { times: 1, timeout: HUGE_TIMEOUT * 1000 });
const hugeOutcome = hugeLinted.timedOut ? `did not finish within ${HUGE_TIMEOUT} s` : `took ${s(hugeLinted.seconds)} (exit ${hugeLinted.status})`;
console.log(`bench: 50 MB file: default ${s(hugeSkipped.seconds)} exit ${hugeSkipped.status} (${hugeSkipped.stderr.trim() || "no message"}); with --max-file-size 64 it ${hugeOutcome}`);
rmSync(huge, { recursive: true, force: true });

// 10,000 files in a tree (handbook paragraphs), plus one binary and one Latin-1 file.
const tree = join(work, "tree");
const paragraphs = handbookText.split(/\n\s*\n/).filter((p) => p.trim().length > 40);
for (let i = 0; i < 10_000; i++) {
  const dir = join(tree, `d${Math.floor(i / 100)}`);
  if (i % 100 === 0) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `f${i}.md`), `${paragraphs[i % paragraphs.length]}\n`);
}
writeFileSync(join(tree, "d0", "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
writeFileSync(join(tree, "d0", "latin1.txt"), Buffer.from("caf\xe9\n", "latin1"));
const treeRun = time(node, [CLI, "lint", "-f", "json", tree], { times: 1 });
const treeMessages = treeRun.stderr.trim().split("\n").filter(Boolean);
console.log(`bench: 10,002-file tree: ${s(treeRun.seconds)} exit ${treeRun.status}; stderr: ${treeMessages.map((m) => m.replace(tree, "<tree>")).join(" | ")}`);

console.log("bench: linearity, one file of the corpora joined");
const linear = timeLinearity();

// The table, as ratios against tools measured in this same run.
const table = [
  "| corpus | files | MB | outside-in | before the judgement work | bare parse (floor) | alex | write-good | vs before | vs alex | vs floor | cached re-lint |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(({ corpus, ours, before, floor, alex, writeGood, warm }) =>
    `| ${corpus.name} | ${corpus.files.length} | ${mb(corpus.bytes)} | ${s(ours.seconds)} | ${s(before.seconds)} | ${s(floor.seconds)} | ${capped(alex)} | ${s(writeGood.seconds)} | ${ratio(ours.seconds, before.seconds)} the time | ${cappedRatio(alex, ours)} faster | ${ratio(ours.seconds, floor.seconds)} the parse | ${ratio(ours.seconds, warm.seconds)} faster (${s(warm.seconds)}) |`),
].join("\n");
const goals = [
  ["≥ 10× faster than alex", rows.every((r) => r.alex.seconds / r.ours.seconds >= 10), rows.map((r) => cappedRatio(r.alex, r.ours)).join(", ")],
  ["within 1.5× of the bare parse", rows.every((r) => r.ours.seconds / r.floor.seconds <= 1.5), rows.map((r) => ratio(r.ours.seconds, r.floor.seconds)).join(", ")],
  ["≤ 1.5× the time of the engine before the judgement work", rows.every((r) => r.ours.seconds / r.before.seconds <= 1.5), rows.map((r) => ratio(r.ours.seconds, r.before.seconds)).join(", ")],
  ["< 300 ms for one small file, cold", coldStart.seconds < 0.3, `${s(coldStart.seconds)} (before: ${s(coldStartBefore.seconds)})`],
  ["cached re-lint ≥ 5× faster", rows.every((r) => r.ours.seconds / r.warm.seconds >= 5), rows.map((r) => ratio(r.ours.seconds, r.warm.seconds)).join(", ")],
  ["cost per MB within 1.5× from 1 to 8 MB", spread(linear, "ours") <= 1.5, `${ratio(spread(linear, "ours"), 1)} highest over lowest (before: ${ratio(spread(linear, "before"), 1)})`],
];
const environment = `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${new Date().toISOString().slice(0, 10)}; median of ${runs} runs (1 run for corpora over 1,000 files).`;
const markdown = `${table}

| goal | met | measured |
|---|---|---|
${goals.map(([goal, met, measured]) => `| ${goal} | ${met ? "yes" : "**no**"} | ${measured} |`).join("\n")}

${linearityTable(linear)}

- One small file from a cold start (new process): ${s(coldStart.seconds)}.
- A 50 MB file: by default it is skipped in ${s(hugeSkipped.seconds)} with \`${hugeSkipped.stderr.trim().replace(work, "<tmp>")}\` (exit ${hugeSkipped.status}); linting it anyway with \`--max-file-size 64\` ${hugeOutcome}.
- A tree of 10,000 small files plus a binary and a Latin-1 file: ${s(treeRun.seconds)}, exit ${treeRun.status}, and stderr names just the two bad files:
${treeMessages.map((m) => `  - \`${m.replace(tree, "<tree>")}\``).join("\n")}

${environment}
`;
console.log(`\n${markdown}`);

if (!args.includes("--no-write")) {
  const docs = join(root, "docs/benchmarks.md");
  writeFileSync(docs, `# Benchmarks

\`npm run bench\` (scripts/bench.mjs) runs \`outside-in lint\`, [alex](https://github.com/get-alex/alex) and
[write-good](https://github.com/btford/write-good) on the same files in one run, with the bare
\`mdast-util-from-markdown\` parse of those files as the floor. Every tool runs as a fresh process on
the same Node, so start-up is included. The corpora are the Mattermost handbook and the three policy
sets in \`../shared/corpora\`, plus a generated corpus of ${scale} copies of the policies. Ratios compare
tools measured in the same run; the latest figures replace this file's table on every run.
alex is stopped after ${ANCHOR_TIMEOUT} s (a \"> \" marks a lower bound). On a shared or busy machine the absolute
times swing a lot between runs; the ratios within one run are what to compare.

## Latest run

${markdown}`);
  console.log(`bench: wrote ${relative(root, docs)}`);
}
