// The committed learned model is what `npm run train` makes from today's corpus, lexicons and code:
// a changed input without a retrain fails here. Training never reads the frozen organisations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../scripts/quality/corpus.ts";
import { trainingFingerprint, tuningOrganisations } from "../../scripts/train/learned-layer.ts";
import { builtinModel } from "../../src/core/learned/builtin-model.ts";
import { CATEGORIES } from "../../src/core/types.ts";

const corpus = loadCorpus();
const model = builtinModel();

describe("the learned model", () => {
  it("was trained on today's tuning organisations, lexicons and feature code (run `npm run train`)", () => {
    expect(model.trainedOn).toBe(trainingFingerprint(corpus));
  });

  it("learns from every organisation but the frozen ones", () => {
    const learnedFrom = [...tuningOrganisations(corpus).keys()];
    expect(learnedFrom.filter((slug) => corpus.split.frozen.includes(slug))).toEqual([]);
    expect(learnedFrom.length).toBe(corpus.organisations.size - corpus.split.frozen.length);
  });

  it("has one weight per feature and a head per category", () => {
    expect(model.weights.length).toBe(model.features.length);
    expect(model.categories).toEqual([...CATEGORIES]);
    expect(model.categoryWeights.every((row) => row.length === model.categoryFeatures.length)).toBe(true);
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
  });

  it("stays small enough for the playground", () => {
    expect(readFileSync(join(import.meta.dirname, "../../src/core/generated/learned-model.json")).length).toBeLessThan(400_000);
  });
});
