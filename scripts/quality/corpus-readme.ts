// `node scripts/quality/corpus-readme.ts`: rewrites the figures in test/corpus/README.md (size,
// spread, agreement with the second pass, the organisations table) from the corpus itself, so
// adding an organisation cannot leave the README behind. With --check, fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES } from "../../src/core/types.ts";
import { CORPUS_DIR, CORPUS_DOCUMENT_TYPES, LABELS, allItems, loadCorpus, type Corpus, type CorpusItem } from "./corpus.ts";

export const README_FILE = join(CORPUS_DIR, "README.md");
const SECOND_PASS_FILE = join(CORPUS_DIR, "review/second-pass.jsonl");

interface SecondLabel {
  id: string;
  label: CorpusItem["label"];
  category: CorpusItem["category"];
  ambiguous: boolean;
}

const percent = (part: number, whole: number, digits = 1) => `${((100 * part) / whole).toFixed(digits)}%`;

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Cohen's kappa for two labellings of the same items. */
function kappa(pairs: ReadonlyArray<readonly [string, string]>): number {
  const observed = pairs.filter(([a, b]) => a === b).length / pairs.length;
  const first = countBy(pairs.map(([a]) => a));
  const second = countBy(pairs.map(([, b]) => b));
  let expected = 0;
  for (const [label, n] of first) expected += (n / pairs.length) * ((second.get(label) ?? 0) / pairs.length);
  return (observed - expected) / (1 - expected);
}

function agreementSection(corpus: Corpus): string {
  const byId = new Map(allItems(corpus).map((i) => [i.id, i]));
  const second = readFileSync(SECOND_PASS_FILE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as SecondLabel);
  const pairs = second.map((s) => [byId.get(s.id)!, s] as const);
  const same = pairs.filter(([a, b]) => a.label === b.label).length;
  const clear = pairs.filter(([a, b]) => !a.ambiguous && !b.ambiguous);
  const clearSame = clear.filter(([a, b]) => a.label === b.label).length;
  const companyOrNot = pairs.filter(([a, b]) => (a.label === "company") === (b.label === "company")).length;
  const bothCompany = pairs.filter(([a, b]) => a.label === "company" && b.label === "company");
  const sameCategory = bothCompany.filter(([a, b]) => a.category === b.category).length;
  const firstCompany = pairs.filter(([a]) => a.label === "company").length;
  const secondCompany = pairs.filter(([, b]) => b.label === "company").length;
  // The second pass read as a linter scored against the first labels: a ceiling for any linter.
  const clearFirst = pairs.filter(([a]) => !a.ambiguous);
  const tp = clearFirst.filter(([a, b]) => a.label === "company" && b.label === "company").length;
  const flagged = clearFirst.filter(([, b]) => b.label === "company").length;
  const company = clearFirst.filter(([a]) => a.label === "company").length;
  return [
    `A second annotator labelled ${second.length} items (about 10% of every file, drawn at random) without seeing the`,
    "first labels:",
    "",
    "| measure | value |",
    "|---|---|",
    `| same label (company / customer / neutral) | ${percent(same, pairs.length)} (Cohen's kappa ${kappa(pairs.map(([a, b]) => [a.label, b.label] as const)).toFixed(2)}) |`,
    `| same label where neither marked the item ambiguous | ${percent(clearSame, clear.length)} (${clearSame} of ${clear.length}) |`,
    `| same company-or-not decision | ${percent(companyOrNot, pairs.length)} |`,
    `| same category, where both said company | ${percent(sameCategory, bothCompany.length)} (${sameCategory} of ${bothCompany.length}) |`,
    `| the second pass scored like a linter against the first labels (items the first pass did not mark ambiguous) | precision ${(tp / flagged).toFixed(3)}, recall ${(tp / company).toFixed(3)} |`,
    "",
    `The first annotators called more items company than the second did (${firstCompany} against ${secondCompany} of the ${second.length}).`,
  ].join("\n");
}

function spreadSection(corpus: Corpus): string {
  const items = allItems(corpus);
  const types = countBy(items.map((i) => i.documentType));
  const categories = countBy(items.filter((i) => i.label === "company").map((i) => i.category));
  const labels = countBy(items.map((i) => i.label));
  return [
    "| document type | items |",
    "|---|---|",
    ...[...CORPUS_DOCUMENT_TYPES].sort().map((t) => `| ${t} | ${types.get(t) ?? 0} |`),
    "",
    "| category (company items) | items |",
    "|---|---|",
    ...[...CATEGORIES].sort((a, b) => (categories.get(b) ?? 0) - (categories.get(a) ?? 0) || a.localeCompare(b)).map((c) => `| ${c} | ${categories.get(c) ?? 0} |`),
    "",
    `Labels: ${LABELS.map((l) => `${labels.get(l) ?? 0} ${l} (${percent(labels.get(l) ?? 0, items.length, 0)})`).join(", ")}.`,
  ].join("\n");
}

function organisationsSection(corpus: Corpus): string {
  const frozen = new Set(corpus.split.frozen);
  const rows = [...corpus.organisations].map(([slug, items]) => {
    const meta = corpus.meta.get(slug)!;
    const labels = countBy(items.map((i) => i.label));
    const types = [...countBy(items.map((i) => i.documentType))].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const repos = [...new Set(meta.documents.map((d) => (/^https?:/.test(d.source) ? new URL(d.source).host : d.source.split(":")[0]!)))].sort((a, b) => a.localeCompare(b));
    return {
      slug,
      row: `| ${meta.organisation} | \`${slug}\` | ${items.length} | ${LABELS.map((l) => labels.get(l) ?? 0).join(" / ")} | ${types.map(([t, n]) => `${t} ${n}`).join(", ")} | ${meta.documents.length} | ${repos.join(", ")} | ${meta.licence} | ${frozen.has(slug) ? "frozen" : "tuning"} |`,
    };
  });
  return [
    "| organisation | slug | items | company / customer / neutral | document types | documents | source | licence | group |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.sort((a, b) => a.slug.localeCompare(b.slug)).map((r) => r.row),
  ].join("\n");
}

function replaceBetween(text: string, name: string, body: string): string {
  const begin = `<!-- ${name}: generated by scripts/quality/corpus-readme.ts -->`;
  const end = `<!-- ${name}: end -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`test/corpus/README.md: markers for "${name}" are missing`);
  return text.slice(0, from + begin.length) + "\n" + body + "\n" + text.slice(to);
}

/** The README with every generated part brought up to date. */
export function currentReadme(corpus: Corpus = loadCorpus(), readme = readFileSync(README_FILE, "utf8")): string {
  const items = allItems(corpus);
  const documents = [...corpus.meta.values()].reduce((sum, m) => sum + m.documents.length, 0);
  let text = readme.replace(/^\d+ real sentences from \d+ organisations' public documents \(\d+ documents\)/m, `${items.length} real sentences from ${corpus.organisations.size} organisations' public documents (${documents} documents)`);
  text = replaceBetween(text, "agreement", agreementSection(corpus));
  text = replaceBetween(text, "spread", spreadSection(corpus));
  text = replaceBetween(text, "organisations", organisationsSection(corpus));
  return text;
}

if (import.meta.main) {
  const readme = readFileSync(README_FILE, "utf8");
  const current = currentReadme(loadCorpus(), readme);
  if (process.argv.includes("--check")) {
    if (current !== readme) {
      console.error("test/corpus/README.md is stale: run `node scripts/quality/corpus-readme.ts`.");
      process.exit(1);
    }
  } else writeFileSync(README_FILE, current);
}
