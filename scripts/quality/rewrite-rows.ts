// The rows of the judged rewrite table: every rewrite on the labelled corpus, and a fixed-size
// seeded sample from ../shared/corpora when it is there.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./corpus.ts";
import { appliedRewrites, sharedCorporaRewrites, type AppliedRewrite } from "./rewrite-table.ts";

export const SHARED_DIR = join(import.meta.dirname, "../../../shared/corpora");
/** How many rewrites the table takes from ../shared/corpora. */
export const SHARED_SAMPLE = 150;

/** `sharedDir` left out, or not there: the corpus alone. */
export function allRewriteRows(corpus: Corpus, sharedDir?: string): AppliedRewrite[] {
  const shared = sharedDir && existsSync(sharedDir) ? sharedCorporaRewrites(sharedDir, corpus, SHARED_SAMPLE) : [];
  return [...appliedRewrites(corpus), ...shared];
}
