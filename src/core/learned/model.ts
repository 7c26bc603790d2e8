// The learned layer's model: logistic regression for "written from the company's side", and a
// softmax over the nine categories, both over sentenceFeatures(). Weights are trained by
// `npm run train` (scripts/train/) and committed as src/core/generated/learned-model.json.
import type { Category } from "../types.ts";

export interface LearnedModel {
  /** What the weights were trained from (corpus files and feature code), for the staleness test. */
  trainedOn: string;
  /** Probability at or above which a sentence is flagged, picked by cross-validation. */
  threshold: number;
  features: string[];
  /** Weight per feature (same order as `features`), and the bias. */
  weights: number[];
  bias: number;
  categories: Category[];
  /** Per category: weight per feature of `categoryFeatures`, then the bias. */
  categoryFeatures: string[];
  categoryWeights: number[][];
  categoryBias: number[];
}

export interface Prediction {
  probability: number;
  category: Category;
  /** Features that pushed most towards "company", strongest first. */
  reasons: string[];
}

const indexCache = new WeakMap<LearnedModel, { main: Map<string, number>; category: Map<string, number> }>();

function indexes(model: LearnedModel) {
  let found = indexCache.get(model);
  if (!found) {
    found = {
      main: new Map(model.features.map((f, i) => [f, i])),
      category: new Map(model.categoryFeatures.map((f, i) => [f, i])),
    };
    indexCache.set(model, found);
  }
  return found;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a sentence with these features is company-side. */
export function probability(model: LearnedModel, features: readonly string[]): number {
  const { main } = indexes(model);
  let z = model.bias;
  for (const f of features) {
    const i = main.get(f);
    if (i !== undefined) z += model.weights[i]!;
  }
  return sigmoid(z);
}

/** Probability, most likely category, and the features that weighed most. */
export function predict(model: LearnedModel, features: readonly string[]): Prediction {
  const { main, category } = indexes(model);
  const contributions: Array<[string, number]> = [];
  for (const f of features) {
    const i = main.get(f);
    if (i !== undefined && model.weights[i]! > 0) contributions.push([f, model.weights[i]!]);
  }
  contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const scores = model.categoryBias.slice();
  for (const f of features) {
    const i = category.get(f);
    if (i === undefined) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += model.categoryWeights[c]![i]!;
  }
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return { probability: probability(model, features), category: model.categories[best]!, reasons: contributions.map(([f]) => f) };
}
