// Precision, recall, F1 and suggestion coverage over labelled sentences, with 95% confidence
// intervals by bootstrap over sentences. Ambiguous items are left out by the caller.
import type { Category } from "../../src/core/types.ts";
import type { CorpusItem } from "./corpus.ts";

/** What a linter said about one sentence. */
export interface Prediction {
  flagged: boolean;
  /** The category of the finding a reader sees first, when flagged. */
  category?: Category;
  /** At least one finding carries a rewrite. */
  suggested: boolean;
  /** Rule ids that fired, for reading misses and false alarms. */
  rules: string[];
}

export interface Scored {
  item: CorpusItem;
  prediction: Prediction;
}

export interface Figures {
  n: number;
  company: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of true positives that offer a rewrite. */
  suggestionCoverage: number;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export function figures(scored: readonly Scored[]): Figures {
  let tp = 0, fp = 0, fn = 0, suggested = 0, company = 0;
  for (const { item, prediction } of scored) {
    const positive = item.label === "company";
    if (positive) company++;
    if (positive && prediction.flagged) {
      tp++;
      if (prediction.suggested) suggested++;
    } else if (positive) fn++;
    else if (prediction.flagged) fp++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = Number.isNaN(precision) || Number.isNaN(recall) || precision + recall === 0 ? Number.NaN : (2 * precision * recall) / (precision + recall);
  return { n: scored.length, company, tp, fp, fn, precision, recall, f1, suggestionCoverage: ratio(suggested, tp) };
}

/** A small seeded generator (mulberry32), so intervals are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Interval = [low: number, high: number];

/** Percentile bootstrap: resample sentences with replacement, recompute, take the 2.5th and 97.5th percentiles. */
export function bootstrapIntervals(scored: readonly Scored[], resamples = 1000, seed = 20261201): Record<"precision" | "recall" | "f1", Interval> {
  const random = seededRandom(seed);
  const samples = { precision: [] as number[], recall: [] as number[], f1: [] as number[] };
  const draw: Scored[] = new Array(scored.length);
  for (let r = 0; r < resamples && scored.length > 0; r++) {
    for (let i = 0; i < scored.length; i++) draw[i] = scored[Math.floor(random() * scored.length)]!;
    const f = figures(draw);
    for (const key of ["precision", "recall", "f1"] as const) if (!Number.isNaN(f[key])) samples[key].push(f[key]);
  }
  const interval = (values: number[]): Interval => {
    if (values.length === 0) return [Number.NaN, Number.NaN];
    values.sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
    return [at(0.025), at(0.975)];
  };
  return { precision: interval(samples.precision), recall: interval(samples.recall), f1: interval(samples.f1) };
}

/** Wilson score interval for a proportion (95%): sound for small n and for rates near 0 or 1. */
export function wilsonInterval(passed: number, n: number, z = 1.96): Interval {
  if (n === 0) return [Number.NaN, Number.NaN];
  const p = passed / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const denominator = 1 + (z * z) / n;
  return [(centre - spread) / denominator, (centre + spread) / denominator];
}
