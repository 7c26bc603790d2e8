// Training the learned layer from the corpus: features per item, leave-one-organisation-out
// cross-validation, the threshold that keeps precision at the target, and the fingerprint of
// everything the weights depend on. Frozen organisations are never read here.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { builtinRulebook } from "../../src/core/rulebook.ts";
import { wordClassesFor } from "../../src/core/active-rules.ts";
import { analyseText } from "../../src/core/nlp/analyse.ts";
import { detectActor } from "../../src/core/text/actor.ts";
import { sentenceFeatures } from "../../src/core/learned/features.ts";
import { predict, type LearnedModel } from "../../src/core/learned/model.ts";
import { CATEGORIES, type Category } from "../../src/core/types.ts";
import { CORPUS_DIR, type Corpus, type CorpusItem } from "../quality/corpus.ts";
import { trainBinary, trainSoftmax, type Sample, type TrainOptions } from "./logistic.ts";

const root = join(import.meta.dirname, "../..");

export interface FeaturedItem {
  item: CorpusItem;
  features: string[];
}

/** Ambiguous items teach the model at half weight. */
const weightOf = (item: CorpusItem) => (item.ambiguous ? 0.5 : 1);

export function featurise(items: readonly CorpusItem[]): FeaturedItem[] {
  const classes = wordClassesFor(builtinRulebook());
  // The same facts lint() gives the layer: the sentence's own actor and question mark.
  return items.map((item) => ({ item, features: sentenceFeatures(analyseText(item.text), classes, /\?["'”’)\]]*$/.test(item.text), detectActor(item.text)) }));
}

/** The organisations the layer learns from: every one but the frozen evaluation group. */
export function tuningOrganisations(corpus: Corpus): Map<string, FeaturedItem[]> {
  const frozen = new Set(corpus.split.frozen);
  const byOrganisation = new Map<string, FeaturedItem[]>();
  for (const [slug, items] of corpus.organisations) if (!frozen.has(slug)) byOrganisation.set(slug, featurise(items));
  return byOrganisation;
}

export const DEFAULT_OPTIONS: TrainOptions = { l2: 0.001, iterations: 300, minCount: 3 };

/** Trains both heads on `data`; the threshold is set by the caller. */
export function trainModel(data: readonly FeaturedItem[], options: TrainOptions, trainedOn = "", threshold = 0.5): LearnedModel {
  const binary = trainBinary(data.map((d): Sample<0 | 1> => ({ features: d.features, label: d.item.label === "company" ? 1 : 0, weight: weightOf(d.item) })), options);
  const company = data.filter((d) => d.item.label === "company" && d.item.category);
  const categories = trainSoftmax(company.map((d): Sample<Category> => ({ features: d.features, label: d.item.category!, weight: weightOf(d.item) })), CATEGORIES, options);
  return {
    trainedOn, threshold,
    features: binary.features, weights: binary.weights, bias: binary.bias,
    categories: [...CATEGORIES], categoryFeatures: categories.features, categoryWeights: categories.weights, categoryBias: categories.bias,
  };
}

export interface OutOfFold {
  item: CorpusItem;
  probability: number;
  category: Category;
}

/** Leave-one-organisation-out: each organisation is predicted by a model trained on the others. */
export function crossValidate(byOrganisation: ReadonlyMap<string, FeaturedItem[]>, options: TrainOptions): OutOfFold[] {
  const out: OutOfFold[] = [];
  for (const [held] of byOrganisation) {
    const training = [...byOrganisation].filter(([slug]) => slug !== held).flatMap(([, items]) => items);
    const model = trainModel(training, options);
    for (const d of byOrganisation.get(held)!) {
      const p = predict(model, d.features);
      out.push({ item: d.item, probability: p.probability, category: p.category });
    }
  }
  return out;
}

/**
 * The lowest threshold at which precision over the clear (non-ambiguous) out-of-fold sentences,
 * counting what the rules flag and what the layer adds where no rule spoke, stays at or above
 * `minPrecision`: the layer adds as much recall as it can without pulling the linter below it.
 * The rules were written by reading these organisations, so their share is optimistic.
 */
export function pickThreshold(oof: readonly OutOfFold[], flaggedByRules: (item: CorpusItem) => boolean, minPrecision: number): number {
  const clear = oof.filter((o) => !o.item.ambiguous).map((o) => ({ ...o, byRules: flaggedByRules(o.item) }));
  const candidates = [...new Set(clear.map((o) => Math.round(o.probability * 100) / 100))].filter((t) => t >= 0.5).sort((a, b) => a - b);
  for (const t of candidates) {
    let tp = 0, fp = 0, added = 0;
    for (const o of clear) {
      const byLayer = !o.byRules && o.probability >= t;
      if (!o.byRules && !byLayer) continue;
      if (byLayer) added++;
      if (o.item.label === "company") tp++;
      else fp++;
    }
    // A threshold that adds fewer than ten findings says nothing about the layer.
    if (added >= 10 && tp / (tp + fp) >= minPrecision) return t;
  }
  return 0.99;
}

/** A hash of everything the weights depend on: the tuning organisations' files, the lexicons, and the code. */
export function trainingFingerprint(corpus: Corpus): string {
  const hash = createHash("sha256");
  const frozen = new Set(corpus.split.frozen);
  for (const slug of [...corpus.organisations.keys()].filter((s) => !frozen.has(s)).sort()) hash.update(readFileSync(join(CORPUS_DIR, `${slug}.jsonl`)));
  hash.update(JSON.stringify(corpus.split));
  hash.update(JSON.stringify(builtinRulebook().lexicons ?? []));
  const code = [
    ...readdirSync(join(root, "src/core/nlp")).map((f) => join(root, "src/core/nlp", f)),
    join(root, "src/core/learned/features.ts"),
    join(root, "src/core/generated/pos-lexicon.json"),
    ...readdirSync(join(root, "scripts/train")).filter((f) => f.endsWith(".ts")).map((f) => join(root, "scripts/train", f)),
  ].sort();
  for (const file of code) hash.update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}
