// The labelled corpus keeps its format and its promises: keys in order, valid labels, exact
// provenance, no duplicates, no text from the reserved sources, and the size and spread that
// make its figures mean something. Runs without ../shared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/core/types.ts";
import { currentReadme } from "../../scripts/quality/corpus-readme.ts";
import { CORPUS_DIR, CORPUS_DOCUMENT_TYPES, ITEM_KEYS, LABELS, allItems, itemsOf, loadCorpus, type CorpusItem } from "../../scripts/quality/corpus.ts";

const corpus = loadCorpus();
const items = allItems(corpus);

// Kept for independent evaluation: no item may come from them (the corpus issue lists them).
const RESERVED = [
  /github\.com\/github\/|^github\/site-policy/i, /basecamp\/policies/i, /sourcegraph\/handbook/i, /govau\/content-guide/i,
  /ausdto\/gov-au-content-guide/i, /rust-lang\/surveys/i, /mozilla\/legal-docs/i, /plausible\/docs/i,
  /victoriagracey\/cx-macros-library/i, /posthog\/posthog\.com/i, /pantheon-systems\/documentation/i, /gitlab[^:]*handbook|www-gitlab-com/i,
];
const SOURCE = /^(?:[\w.-]+\/[\w.-]+:[^@\n]+@[0-9a-f]{40}|https?:\/\/\S+)$/;
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

describe("every item", () => {
  it.each([...corpus.organisations].map(([slug, list]) => [slug, list] as const))("%s: keys, labels, categories, rewrites, ids", (slug, list) => {
    const problems: string[] = [];
    list.forEach((item: CorpusItem, i) => {
      const where = `${slug}.jsonl:${i + 1}`;
      if (JSON.stringify(Object.keys(item)) !== JSON.stringify(ITEM_KEYS)) problems.push(`${where}: keys ${Object.keys(item).join(",")}`);
      if (item.id !== `${slug}-${String(i + 1).padStart(4, "0")}`) problems.push(`${where}: id ${item.id}`);
      if (!(LABELS as readonly string[]).includes(item.label)) problems.push(`${where}: label ${item.label}`);
      if (item.label === "company" ? !(CATEGORIES as readonly unknown[]).includes(item.category) : item.category !== null) problems.push(`${where}: category ${item.category} for ${item.label}`);
      if (item.label !== "company" && item.rewrite !== null) problems.push(`${where}: a ${item.label} item has a rewrite`);
      if (item.rewrite !== null && (typeof item.rewrite !== "string" || !item.rewrite.trim())) problems.push(`${where}: empty rewrite`);
      if (typeof item.ambiguous !== "boolean") problems.push(`${where}: ambiguous is not a boolean`);
      if (typeof item.text !== "string" || item.text.trim() !== item.text || !item.text) problems.push(`${where}: text not trimmed or empty`);
      if (!SOURCE.test(item.source)) problems.push(`${where}: source ${item.source}`);
      if (RESERVED.some((r) => r.test(item.source))) problems.push(`${where}: reserved source ${item.source}`);
      if (!(CORPUS_DOCUMENT_TYPES as readonly string[]).includes(item.documentType)) problems.push(`${where}: documentType ${item.documentType}`);
      if (item.organisation !== list[0]!.organisation) problems.push(`${where}: organisation ${item.organisation}`);
    });
    expect(problems).toEqual([]);
  });

  it("no text appears twice", () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const item of items) {
      const key = normalise(item.text);
      if (seen.has(key)) repeats.push(`${item.id} repeats ${seen.get(key)}`);
      else seen.set(key, item.id);
    }
    expect(repeats).toEqual([]);
  });
});

describe("provenance", () => {
  it.each([...corpus.organisations.keys()])("%s has a meta file with a licence, whose documents account for every item", (slug) => {
    const meta = corpus.meta.get(slug);
    expect(meta, `test/corpus/meta/${slug}.json`).toBeDefined();
    expect(meta!.licence.trim()).not.toBe("");
    const listed = new Set(meta!.documents.map((d) => d.source));
    const unlisted = corpus.organisations.get(slug)!.filter((item) => !listed.has(item.source)).map((item) => item.id);
    expect(unlisted).toEqual([]);
  });
});

describe("size and spread", () => {
  const count = (pred: (i: CorpusItem) => boolean) => items.filter(pred).length;

  it("at least 3,000 items from at least 20 organisations and 60 documents", () => {
    expect(items.length).toBeGreaterThanOrEqual(3000);
    expect(corpus.organisations.size).toBeGreaterThanOrEqual(20);
    expect(new Set(items.map((i) => i.source)).size).toBeGreaterThanOrEqual(60);
  });

  it.each(CORPUS_DOCUMENT_TYPES)("at least 150 items from %s documents", (type) => {
    expect(count((i) => i.documentType === type)).toBeGreaterThanOrEqual(150);
  });

  it.each(CATEGORIES)("at least 120 company items in %s", (category) => {
    expect(count((i) => i.category === category)).toBeGreaterThanOrEqual(120);
  });

  it("roughly 45% company, 35% customer, 20% neutral", () => {
    const share = (label: string) => count((i) => i.label === label) / items.length;
    expect(share("company")).toBeGreaterThan(0.38);
    expect(share("company")).toBeLessThan(0.52);
    expect(share("customer")).toBeGreaterThan(0.28);
    expect(share("neutral")).toBeGreaterThan(0.13);
  });
});

describe("the frozen evaluation group", () => {
  const frozen = itemsOf(corpus, "frozen");

  it("names at least 6 organisations that exist, with at least 900 items", () => {
    expect(corpus.split.frozen.length).toBeGreaterThanOrEqual(6);
    for (const slug of corpus.split.frozen) expect(corpus.organisations.has(slug), slug).toBe(true);
    expect(frozen.length).toBeGreaterThanOrEqual(900);
  });

  it("covers every document type and every category", () => {
    for (const type of CORPUS_DOCUMENT_TYPES) expect(frozen.some((i) => i.documentType === type), type).toBe(true);
    for (const category of CATEGORIES) expect(frozen.some((i) => i.category === category), category).toBe(true);
  });
});

describe("test/corpus/README.md", () => {
  const readme = readFileSync(join(CORPUS_DIR, "README.md"), "utf8");

  it.each([...corpus.organisations])("lists %s with its item count", (slug, list) => {
    expect(readme).toMatch(new RegExp(`\\| \`${slug}\` \\| ${list.length} \\|`));
  });

  it("states the corpus size", () => expect(readme).toContain(`${items.length} real sentences from ${corpus.organisations.size} organisations`));

  it("has every generated figure up to date (node scripts/quality/corpus-readme.ts)", () => expect(currentReadme(corpus, readme)).toBe(readme));
});

describe("the second pass", () => {
  const second = readFileSync(join(CORPUS_DIR, "review/second-pass.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; label: string });
  const ids = new Set(items.map((i) => i.id));

  it("labels about a tenth of every organisation's items, all of them real ids", () => {
    for (const s of second) expect(ids.has(s.id), s.id).toBe(true);
    for (const [slug, list] of corpus.organisations) {
      const reviewed = second.filter((s) => s.id.startsWith(`${slug}-`)).length;
      expect(reviewed, slug).toBeGreaterThanOrEqual(Math.min(10, list.length));
      expect(reviewed / list.length, slug).toBeGreaterThanOrEqual(0.08);
    }
  });
});
