// The applied-rewrite table: every suggestion the linter makes on a corpus sentence, applied
// alone, next to the judgements recorded for it in test/corpus/review/rewrite-judgements.jsonl.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { applyFixes, lint } from "../../src/core/index.ts";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";
import { markdownFiles, SHARED_CORPORA } from "./corpora-rate.ts";
import { allItems, CORPUS_DIR, type Corpus } from "./corpus.ts";

export const JUDGEMENTS_FILE = join(CORPUS_DIR, "review/rewrite-judgements.jsonl");

export interface AppliedRewrite {
  /** Stable over runs: the sentence, the rule and the text after the rewrite. */
  key: string;
  itemId: string;
  organisation: string;
  /** test/corpus's tuning or frozen organisations, or a document in ../shared/corpora. */
  group: "tuning" | "frozen" | "shared";
  ruleId: string;
  /** 0 for the suggestion offered first. */
  rank: number;
  title: string;
  safe: boolean;
  placeholders: number;
  before: string;
  after: string;
}

export interface Judgement {
  key: string;
  /** Which judging round: a rewrite that changed since is judged again under its new key. */
  round?: number;
  rule?: string;
  /** What the rewrite was when judged, so earlier rounds can still be counted. */
  group?: AppliedRewrite["group"];
  safe?: boolean;
  rank?: number;
  before?: string;
  after?: string;
  judge?: string;
  grammatical: boolean;
  keepsMeaning: boolean;
  customerSide: boolean;
  /** Why a check failed, in the judge's words. */
  note?: string;
}

/** A rewrite passes when all three checks do; a placeholder counts as right if the rest is. */
export const passes = (j: Judgement) => j.grammatical && j.keepsMeaning && j.customerSide;

export const rewriteKey = (before: string, ruleId: string, after: string) =>
  createHash("sha256").update(`${ruleId}\u0000${before}\u0000${after}`).digest("hex").slice(0, 16);

/** Sentence-level findings only: the learned rule and document metrics offer no rewrites. */
export function appliedRewrites(corpus: Corpus): AppliedRewrite[] {
  const frozen = new Set(corpus.split.frozen);
  const rows: AppliedRewrite[] = [];
  for (const [organisation, items] of corpus.organisations) {
    for (const item of items) {
      for (const finding of lint(item.text).findings) {
        finding.suggestions.forEach((suggestion, rank) => {
          const after = applyFixes(item.text, suggestion.edits).output;
          if (after === item.text) return;
          rows.push({
            key: rewriteKey(item.text, finding.ruleId, after),
            itemId: item.id,
            organisation,
            group: frozen.has(organisation) ? "frozen" : "tuning",
            ruleId: finding.ruleId,
            rank,
            title: suggestion.title,
            safe: suggestion.safe === true,
            placeholders: suggestion.placeholders?.length ?? 0,
            before: item.text,
            after,
          });
        });
      }
    }
  }
  return rows;
}

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Rewrites on whole documents in ../shared/corpora, each shown in its sentence, leaving out
 * sentences the labelled corpus already holds; a sample of `size` rows.
 */
export function sharedCorporaRewrites(sharedDir: string, corpus: Corpus, size: number): AppliedRewrite[] {
  const known = new Set(allItems(corpus).map((item) => tidy(item.text)));
  const rows: AppliedRewrite[] = [];
  for (const [folder] of SHARED_CORPORA) {
    const dir = join(sharedDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of markdownFiles(dir)) {
      const source = readFileSync(file, "utf8");
      const sentences = splitSentences(buildProseView(source));
      const path = file.slice(sharedDir.length + 1);
      for (const finding of lint(source).findings) {
        const sentence = sentences.find((s) => s.start <= finding.range.start && finding.range.end <= s.start + s.text.length);
        if (!sentence || sentence.block === "heading") continue;
        const before = tidy(sentence.text);
        if (known.has(before)) continue;
        finding.suggestions.forEach((suggestion, rank) => {
          const local = suggestion.edits.map((e) => ({ range: { start: e.range.start - sentence.start, end: e.range.end - sentence.start }, text: e.text }));
          if (local.some((e) => e.range.start < 0 || e.range.end > sentence.text.length)) return;
          const after = tidy(applyFixes(sentence.text, local).output);
          if (after === before) return;
          rows.push({
            key: rewriteKey(before, finding.ruleId, after),
            itemId: `${path}:${finding.start.line}`,
            organisation: folder,
            group: "shared",
            ruleId: finding.ruleId,
            rank,
            title: suggestion.title,
            safe: suggestion.safe === true,
            placeholders: suggestion.placeholders?.length ?? 0,
            before,
            after,
          });
        });
      }
    }
  }
  // Keys are hashes, so the smallest `size` of them are a random sample that stays put when a
  // rewrite elsewhere appears or goes (a shuffle would redraw the whole sample).
  const unique = [...new Map(rows.map((r) => [r.key, r])).values()];
  return unique.sort((a, b) => a.key.localeCompare(b.key)).slice(0, size);
}

/** Every judgement in the file, the latest round of each rewrite winning. */
export function loadJudgements(file: string = JUDGEMENTS_FILE): Map<string, Judgement> {
  const judged = new Map<string, Judgement>();
  if (!existsSync(file)) return judged;
  readFileSync(file, "utf8").split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const j = JSON.parse(line) as Judgement;
      const seen = judged.get(j.key);
      if (!seen || (j.round ?? 0) >= (seen.round ?? 0)) judged.set(j.key, j);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
    }
  });
  return judged;
}
