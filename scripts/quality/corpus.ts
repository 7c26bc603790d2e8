// The labelled corpus in test/corpus/: one JSONL file per organisation, a meta file per
// organisation (licence, documents), and split.json, which names the frozen evaluation group.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES, type Category } from "../../src/core/types.ts";

export const LABELS = ["company", "customer", "neutral"] as const;
export type Label = (typeof LABELS)[number];

/** The document types the corpus distinguishes (wider than the linter's own). */
export const CORPUS_DOCUMENT_TYPES = ["policy", "help", "support", "survey", "spec", "release-notes", "marketing", "internal"] as const;
export type CorpusDocumentType = (typeof CORPUS_DOCUMENT_TYPES)[number];

/** Keys of every item, in file order (the shared dev set's keys plus two). */
export const ITEM_KEYS = ["id", "source", "text", "label", "category", "ambiguous", "rewrite", "organisation", "documentType"] as const;

export interface CorpusItem {
  id: string;
  /** `owner/repo:path@commit` or a URL. */
  source: string;
  /** The sentence, copied from the source with Markdown syntax removed. */
  text: string;
  label: Label;
  /** Set only for company items. */
  category: Category | null;
  /** A careful second annotator could reasonably choose differently. */
  ambiguous: boolean;
  /** An acceptable customer-side version, for company items that have a natural one. */
  rewrite: string | null;
  organisation: string;
  documentType: CorpusDocumentType;
}

export interface OrganisationMeta {
  organisation: string;
  slug: string;
  licence: string;
  licenceSource: string;
  documents: Array<{ source: string; documentType: CorpusDocumentType; title: string; items: number }>;
}

export interface Split {
  /** Organisation slugs whose items are never read while writing rules or lexicons. */
  frozen: string[];
}

export interface Corpus {
  /** Items by organisation slug (the file name without `.jsonl`). */
  organisations: Map<string, CorpusItem[]>;
  meta: Map<string, OrganisationMeta>;
  split: Split;
}

export const CORPUS_DIR = join(import.meta.dirname, "../../test/corpus");

const isCategory = (value: unknown): value is Category => (CATEGORIES as readonly unknown[]).includes(value);

/** Reads the corpus; throws with the file and line when a line is not JSON. */
export function loadCorpus(dir: string = CORPUS_DIR): Corpus {
  const organisations = new Map<string, CorpusItem[]>();
  const meta = new Map<string, OrganisationMeta>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const slug = name.slice(0, -".jsonl".length);
    const lines = readFileSync(join(dir, name), "utf8").split("\n");
    const items = lines.flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as CorpusItem];
      } catch (error) {
        throw new Error(`${name}:${i + 1}: not JSON (${(error as Error).message})`);
      }
    });
    organisations.set(slug, items);
    const metaFile = join(dir, "meta", `${slug}.json`);
    if (existsSync(metaFile)) meta.set(slug, JSON.parse(readFileSync(metaFile, "utf8")) as OrganisationMeta);
  }
  const splitFile = join(dir, "split.json");
  const split = existsSync(splitFile) ? (JSON.parse(readFileSync(splitFile, "utf8")) as Split) : { frozen: [] };
  return { organisations, meta, split };
}

/** Every item, in organisation order. */
export function allItems(corpus: Corpus): CorpusItem[] {
  return [...corpus.organisations.values()].flat();
}

/** Items of the frozen evaluation group, or of the organisations used for tuning. */
export function itemsOf(corpus: Corpus, group: "frozen" | "tuning"): CorpusItem[] {
  const frozen = new Set(corpus.split.frozen);
  return [...corpus.organisations].filter(([slug]) => frozen.has(slug) === (group === "frozen")).flatMap(([, items]) => items);
}

export { isCategory };
