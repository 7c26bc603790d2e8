// Deterministic training for the learned layer: L2-regularised logistic regression and softmax
// regression over binary features, by full-batch gradient descent with momentum (no random
// order, so the same corpus always gives the same weights).

export interface Sample<L> {
  features: readonly string[];
  label: L;
  /** How much the sample counts (ambiguous items count less). */
  weight: number;
}

export interface TrainOptions {
  /** L2 penalty per unit of total sample weight. */
  l2: number;
  iterations: number;
  /** Features seen in fewer samples are dropped. */
  minCount: number;
}

/** Features seen in at least `minCount` samples, sorted. */
function vocabulary(samples: ReadonlyArray<Sample<unknown>>, minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
}

function encode(samples: ReadonlyArray<Sample<unknown>>, vocab: string[]): Int32Array[] {
  const index = new Map(vocab.map((f, i) => [f, i]));
  return samples.map((s) => Int32Array.from(s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)));
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Binary logistic regression: returns the vocabulary, its weights and the bias. */
export function trainBinary(samples: ReadonlyArray<Sample<0 | 1>>, options: TrainOptions): { features: string[]; weights: number[]; bias: number } {
  const vocab = vocabulary(samples, options.minCount);
  const rows = encode(samples, vocab);
  const total = samples.reduce((sum, s) => sum + s.weight, 0);
  const w = new Float64Array(vocab.length);
  const velocity = new Float64Array(vocab.length + 1);
  let bias = 0;
  const rate = 0.5;
  const momentum = 0.9;
  const gradient = new Float64Array(vocab.length);
  for (let it = 0; it < options.iterations; it++) {
    gradient.fill(0);
    let gradBias = 0;
    for (let n = 0; n < rows.length; n++) {
      let z = bias;
      const row = rows[n]!;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const error = (1 / (1 + Math.exp(-z)) - samples[n]!.label) * samples[n]!.weight;
      gradBias += error;
      for (let k = 0; k < row.length; k++) gradient[row[k]!]! += error;
    }
    for (let j = 0; j < w.length; j++) {
      const g = gradient[j]! / total + options.l2 * w[j]!;
      velocity[j] = momentum * velocity[j]! - rate * g;
      w[j]! += velocity[j]!;
    }
    velocity[w.length] = momentum * velocity[w.length]! - rate * (gradBias / total);
    bias += velocity[w.length]!;
  }
  // Keep the weights that matter, rounded, so the committed model stays small.
  const kept = vocab.map((f, j) => [f, round(w[j]!)] as const).filter(([, x]) => Math.abs(x) >= 0.01);
  return { features: kept.map(([f]) => f), weights: kept.map(([, x]) => x), bias: round(bias) };
}

/** Softmax regression over `classes`: per class, weights over the returned vocabulary, and biases. */
export function trainSoftmax<L extends string>(samples: ReadonlyArray<Sample<L>>, classes: readonly L[], options: TrainOptions): { features: string[]; weights: number[][]; bias: number[] } {
  const vocab = vocabulary(samples, options.minCount);
  const rows = encode(samples, vocab);
  const labels = samples.map((s) => classes.indexOf(s.label));
  const total = samples.reduce((sum, s) => sum + s.weight, 0);
  const C = classes.length;
  const w = Array.from({ length: C }, () => new Float64Array(vocab.length));
  const b = new Float64Array(C);
  const vw = Array.from({ length: C }, () => new Float64Array(vocab.length));
  const vb = new Float64Array(C);
  const rate = 0.5;
  const momentum = 0.9;
  const grad = Array.from({ length: C }, () => new Float64Array(vocab.length));
  const gradB = new Float64Array(C);
  const z = new Float64Array(C);
  for (let it = 0; it < options.iterations; it++) {
    for (const g of grad) g.fill(0);
    gradB.fill(0);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = b[c]!;
        for (let k = 0; k < row.length; k++) s += w[c]![row[k]!]!;
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += (z[c] = Math.exp(z[c]! - max));
      for (let c = 0; c < C; c++) {
        const error = (z[c]! / sum - (labels[n] === c ? 1 : 0)) * samples[n]!.weight;
        gradB[c]! += error;
        for (let k = 0; k < row.length; k++) grad[c]![row[k]!]! += error;
      }
    }
    for (let c = 0; c < C; c++) {
      for (let j = 0; j < vocab.length; j++) {
        vw[c]![j] = momentum * vw[c]![j]! - rate * (grad[c]![j]! / total + options.l2 * w[c]![j]!);
        w[c]![j]! += vw[c]![j]!;
      }
      vb[c] = momentum * vb[c]! - rate * (gradB[c]! / total);
      b[c]! += vb[c]!;
    }
  }
  // A feature is kept when it matters for some class.
  const keep = vocab.map((_, j) => w.some((row) => Math.abs(row[j]!) >= 0.01));
  return {
    features: vocab.filter((_, j) => keep[j]),
    weights: w.map((row) => [...row].filter((_, j) => keep[j]).map(round)),
    bias: [...b].map(round),
  };
}
