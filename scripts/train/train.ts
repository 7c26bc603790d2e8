// `npm run train`: trains the learned layer on the tuning organisations of test/corpus, picks its
// threshold by leave-one-organisation-out cross-validation (precision >= 0.90 with the rules), and
// writes src/core/generated/learned-model.json. With --check, fails when the committed model is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../../src/core/index.ts";
import { itemsOf, loadCorpus, type CorpusItem } from "../quality/corpus.ts";
import { DEFAULT_OPTIONS, crossValidate, pickThreshold, trainModel, trainingFingerprint, tuningOrganisations } from "./learned-layer.ts";

export const MODEL_FILE = join(import.meta.dirname, "../../src/core/generated/learned-model.json");
export const MIN_PRECISION = 0.9;

const corpus = loadCorpus();
const fingerprint = trainingFingerprint(corpus);
if (process.argv.includes("--check")) {
  const current = JSON.parse(readFileSync(MODEL_FILE, "utf8"));
  if (current.trainedOn !== fingerprint) {
    console.error(`src/core/generated/learned-model.json is stale (trained on ${current.trainedOn}, inputs now ${fingerprint}): run \`npm run train\`.`);
    process.exit(1);
  }
  console.log("learned model is up to date");
  process.exit(0);
}

const byOrganisation = tuningOrganisations(corpus);
// The rules, without the learned rule, decide what the model need not catch.
const rulesFlag = (item: CorpusItem) => lint(item.text, { rules: { "company-perspective": "off" } }).findings.length > 0;
const started = Date.now();
const oof = crossValidate(byOrganisation, DEFAULT_OPTIONS);
const threshold = pickThreshold(oof, rulesFlag, MIN_PRECISION);
const model = trainModel([...byOrganisation.values()].flat(), DEFAULT_OPTIONS, fingerprint, threshold);
writeFileSync(MODEL_FILE, JSON.stringify(model) + "\n");
console.log(`trained on ${itemsOf(corpus, "tuning").length} items of ${byOrganisation.size} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s; threshold ${threshold}; ${model.features.length} features, ${model.categoryFeatures.length} for categories; wrote src/core/generated/learned-model.json`);
