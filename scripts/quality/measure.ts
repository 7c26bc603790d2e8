// `npm run quality`: how well the linter's judgement carries over to organisations it was not
// tuned on. Scores the frozen evaluation group of test/corpus (never read while writing rules),
// the tuning organisations, the anchors, and, when ../shared is beside the repository, the shared
// dev set and findings per 1,000 words on ../shared/corpora. Writes the generated part of
// docs/quality.md and prints it. Never prints a frozen item's text.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES } from "../../src/core/types.ts";
import { ANCHORS } from "./anchors.mjs";
import { CORPUS_DOCUMENT_TYPES, itemsOf, loadCorpus, type CorpusItem } from "./corpus.ts";
import { bootstrapIntervals, figures, type Prediction, type Scored } from "./metrics.ts";
import { anchorPredictor, outsideInPredictor } from "./predict.ts";
import { FIGURE_HEADER, figureCells, num, table, withInterval } from "./tables.ts";
import { perThousandWords, SHARED_CORPORA } from "./corpora-rate.ts";

const root = join(import.meta.dirname, "../..");
const shared = join(root, "../shared");
const hasShared = existsSync(join(shared, "eval/dev.jsonl"));
const args = process.argv.slice(2);
const showMisses = args.includes("--misses") ? Number(args[args.indexOf("--misses") + 1] ?? 20) : 0;

const corpus = loadCorpus();
if (corpus.split.frozen.length === 0) {
  console.error("test/corpus/split.json names no frozen organisations.");
  process.exit(2);
}

const score = (items: readonly CorpusItem[], predict: (text: string) => Prediction): Scored[] =>
  items.map((item) => ({ item, prediction: predict(item.text) }));
const clear = (items: readonly CorpusItem[]) => items.filter((i) => !i.ambiguous);

const engine = outsideInPredictor();
const frozenAll = itemsOf(corpus, "frozen");
const tuningAll = itemsOf(corpus, "tuning");
const frozen = score(clear(frozenAll), engine);
const frozenWithAmbiguous = score(frozenAll, engine);
const tuning = score(clear(tuningAll), engine);

const out: string[] = [];
const section = (title: string, ...lines: string[]) => out.push(`## ${title}`, "", ...lines, "");

const orgNames = (group: "frozen" | "tuning") =>
  [...corpus.organisations].filter(([slug]) => corpus.split.frozen.includes(slug) === (group === "frozen")).map(([, items]) => items[0]?.organisation ?? "?");

section(
  "Frozen evaluation organisations",
  `${corpus.split.frozen.length} organisations (${orgNames("frozen").join(", ")}), ${frozenAll.length} items, ${frozen.length} of them not marked ambiguous. Nobody reads these items' misses while writing rules or lexicons.`,
  "",
  ...table(["linter", ...FIGURE_HEADER], [
    ["Outside-In", ...figureCells(frozen)],
    ["Outside-In, ambiguous items included", ...figureCells(frozenWithAmbiguous)],
    ...Object.entries(ANCHORS).map(([name, flags]) => [name, ...figureCells(score(clear(frozenAll), anchorPredictor(flags)))]),
  ]),
);

section(
  "Frozen group by category",
  "Recall over the company items of each category; \"same category\" is the share of caught items whose leading finding names that category; precision is over every frozen item whose leading finding has that category.",
  "",
  ...table(["category", "company items", "recall (95% CI)", "same category", "findings led by it", "precision"], CATEGORIES.map((category) => {
    const ofCategory = frozen.filter((s) => s.item.category === category);
    const caught = ofCategory.filter((s) => s.prediction.flagged);
    const led = frozen.filter((s) => s.prediction.flagged && s.prediction.category === category);
    const f = figures(ofCategory);
    return [category, String(ofCategory.length), withInterval(f.recall, bootstrapIntervals(ofCategory).recall),
      num(caught.filter((s) => s.prediction.category === category).length / caught.length), String(led.length),
      num(led.filter((s) => s.item.label === "company").length / led.length)];
  })),
);

section(
  "Frozen group by document type",
  ...table(["document type", ...FIGURE_HEADER], CORPUS_DOCUMENT_TYPES.map((type) => [type, ...figureCells(frozen.filter((s) => s.item.documentType === type))])),
);

section(
  "Frozen group by organisation",
  ...table(["organisation", ...FIGURE_HEADER], corpus.split.frozen.map((slug) => {
    const items = frozen.filter((s) => corpus.organisations.get(slug)?.includes(s.item));
    return [items[0]?.item.organisation ?? slug, ...figureCells(items)];
  })),
);

section(
  "Tuning organisations",
  `${corpus.organisations.size - corpus.split.frozen.length} organisations (${orgNames("tuning").join(", ")}), ${tuningAll.length} items. Rules and lexicons are written by reading these, so their figures overstate what to expect on new text.`,
  "",
  ...table(["linter", ...FIGURE_HEADER], [["Outside-In", ...figureCells(tuning)]]),
);

if (hasShared) {
  const dev = readFileSync(join(shared, "eval/dev.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as CorpusItem);
  const holdout = readFileSync(join(root, "scripts/quality/holdout.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as CorpusItem);
  section(
    "Shared dev set and the in-house hold-out",
    "`../shared/eval/dev.jsonl` (263 sentences; the rules were first tuned on it) and `scripts/quality/holdout.jsonl` (80 sentences written in-house in the dev set's style). Both say little about new text; they are here to show the gap.",
    "",
    ...table(["set", "linter", ...FIGURE_HEADER], [
      ["dev set", "Outside-In", ...figureCells(score(clear(dev), engine))],
      ...Object.entries(ANCHORS).map(([name, flags]) => ["dev set", name, ...figureCells(score(clear(dev), anchorPredictor(flags)))]),
      ["in-house hold-out", "Outside-In", ...figureCells(score(clear(holdout), engine))],
    ]),
  );
  const rates = SHARED_CORPORA.map(([folder, what]) => ({ ...perThousandWords(join(shared, "corpora", folder)), folder, what }));
  section(
    "Findings per 1,000 words on public documents",
    "The corpora in `../shared/corpora` (sources and licences in its README), whole documents. 18F's content guide is good customer-facing writing: its rate is the false-alarm check. Words are counted in the prose the linter reads.",
    "",
    ...table(["corpus", "what it is", "files", "words", "findings", "errors", "per 1,000 words"],
      rates.map((r) => [r.folder, r.what, String(r.files), String(r.words), String(r.findings), String(r.errors), r.rate.toFixed(1)])),
  );
} else {
  section("Shared dev set and public corpora", "Not measured: `../shared` is not beside the repository.");
}

const BEGIN = "<!-- generated by npm run quality: begin -->";
const END = "<!-- generated by npm run quality: end -->";
const docFile = join(root, "docs/quality.md");
const generated = [BEGIN, "", `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run quality\` (scripts/quality/measure.ts), all in one run; intervals are 95% bootstrap intervals over sentences (1,000 resamples, fixed seed). Ambiguous items are left out unless a row says otherwise.`, "", ...out, END].join("\n");
const doc = existsSync(docFile) ? readFileSync(docFile, "utf8") : "";
const next = doc.includes(BEGIN) && doc.includes(END)
  ? doc.slice(0, doc.indexOf(BEGIN)) + generated + doc.slice(doc.indexOf(END) + END.length)
  : `# Quality figures\n\n${generated}\n`;
writeFileSync(docFile, next);
console.log(generated);

// Misses and false alarms of the tuning organisations only, for whoever writes rules.
if (showMisses > 0) {
  const misses = tuning.filter((s) => s.item.label === "company" && !s.prediction.flagged).slice(0, showMisses);
  const alarms = tuning.filter((s) => s.item.label !== "company" && s.prediction.flagged).slice(0, showMisses);
  console.log(`\nTuning misses (${misses.length} shown):`);
  for (const s of misses) console.log(`  [${s.item.category}] ${s.item.id}: ${s.item.text}`);
  console.log(`\nTuning false alarms (${alarms.length} shown):`);
  for (const s of alarms) console.log(`  [${s.prediction.rules.join(",")}] ${s.item.id}: ${s.item.text}`);
}
